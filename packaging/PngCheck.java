import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Checks a snapshot of the packaged app (run as a single-file program: java packaging/PngCheck.java):
 * its size, that it is a drawn window and not a blank one, and, given the same screen from
 * bin/servicelab, that the two differ in few pixels (same fonts, lessons and layout).
 *
 * <p>Usage: {@code java packaging/PngCheck.java SHOT.png WIDTH HEIGHT [REFERENCE.png MAX_DIFFERENT_FRACTION]}
 */
public class PngCheck {
    public static void main(String[] args) throws Exception {
        BufferedImage shot = ImageIO.read(new File(args[0]));
        int w = Integer.parseInt(args[1]), h = Integer.parseInt(args[2]);
        if (shot == null) fail("not a PNG: " + args[0]);
        if (shot.getWidth() != w || shot.getHeight() != h) fail("size " + shot.getWidth() + "x" + shot.getHeight() + ", expected " + w + "x" + h);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < h; y += 2) for (int x = 0; x < w; x += 2) colours.add(shot.getRGB(x, y));
        if (colours.size() < 200) fail("only " + colours.size() + " colours: a blank or unstyled window");
        String line = args[0] + ": " + w + "x" + h + ", " + colours.size() + " colours";
        if (args.length >= 5) {
            BufferedImage ref = ImageIO.read(new File(args[3]));
            double max = Double.parseDouble(args[4]);
            if (ref.getWidth() != w || ref.getHeight() != h) fail("reference is " + ref.getWidth() + "x" + ref.getHeight());
            long differ = 0;
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) if (ref.getRGB(x, y) != shot.getRGB(x, y)) differ++;
            double fraction = differ / (double) (w * h);
            line += String.format(", %.2f%% of pixels differ from %s", 100 * fraction, args[3]);
            if (fraction > max) fail(line);
        }
        System.out.println("ok: " + line);
    }

    private static void fail(String why) {
        System.err.println("FAIL: " + why);
        System.exit(1);
    }
}
