package servicelab.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The .ico and .icns files the packages carry: read back as Windows and macOS read them. */
class IconContainersTest {
    private static byte[] png(int size) throws IOException {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(size / 2, size / 2, 0xff0668d8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static TreeMap<Integer, byte[]> renderings(int... sizes) throws IOException {
        TreeMap<Integer, byte[]> m = new TreeMap<>();
        for (int s : sizes) m.put(s, png(s));
        return m;
    }

    @Test
    void icoDirectoryPointsAtEachPng() throws IOException {
        TreeMap<Integer, byte[]> pngs = renderings(16, 32, 48, 256);
        ByteBuffer b = ByteBuffer.wrap(IconContainers.ico(pngs)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, b.getShort(0));
        assertEquals(1, b.getShort(2), "type 1 = icon");
        assertEquals(4, b.getShort(4));
        int i = 0;
        for (var e : pngs.entrySet()) {
            int at = 6 + 16 * i++;
            int w = Byte.toUnsignedInt(b.get(at));
            assertEquals(e.getKey() == 256 ? 0 : e.getKey(), w, "width byte");
            assertEquals(32, b.getShort(at + 6), "bits per pixel");
            int len = b.getInt(at + 8), off = b.getInt(at + 12);
            byte[] data = Arrays.copyOfRange(b.array(), off, off + len);
            assertArrayEquals(e.getValue(), data);
            assertEquals(e.getKey(), ImageIO.read(new ByteArrayInputStream(data)).getWidth());
        }
        assertThrows(IllegalArgumentException.class, () -> IconContainers.ico(renderings(512)));
    }

    @Test
    void icnsHoldsEveryRetinaAndPlainSize() throws IOException {
        byte[] icns = IconContainers.icns(renderings(16, 32, 64, 128, 256, 512, 1024));
        ByteBuffer b = ByteBuffer.wrap(icns);
        assertEquals("icns", new String(icns, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(icns.length, b.getInt(4), "the header's length is the file's");
        List<String> types = new ArrayList<>();
        int at = 8;
        while (at < icns.length) {
            String type = new String(icns, at, 4, StandardCharsets.US_ASCII);
            int len = b.getInt(at + 4);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(icns, at + 8, len - 8));
            assertEquals(IconContainers.ICNS_TYPES.get(type), img.getWidth(), type);
            types.add(type);
            at += len;
        }
        assertEquals(at, icns.length, "elements end where the file ends");
        assertEquals(List.copyOf(IconContainers.ICNS_TYPES.keySet()), types);
    }

    @Test
    void icnsSkipsSizesNotRendered() throws IOException {
        byte[] icns = IconContainers.icns(renderings(128));
        assertEquals("ic07", new String(icns, 8, 4, StandardCharsets.US_ASCII));
        assertEquals(icns.length, ByteBuffer.wrap(icns).getInt(4));
        assertThrows(IllegalArgumentException.class, () -> IconContainers.icns(renderings(20)));
    }
}
