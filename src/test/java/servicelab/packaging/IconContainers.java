package servicelab.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Windows .ico and macOS .icns files built from PNG renderings of the app icon (packaging only).
 * Both formats may hold PNG data as it is, so no pixels are re-encoded here.
 */
public final class IconContainers {
    private IconContainers() {}

    /** An .ico with one PNG entry per size (sizes 1–256; Windows writes 256 as 0 in the directory). */
    public static byte[] ico(SortedMap<Integer, byte[]> pngBySize) {
        int count = pngBySize.size();
        int offset = 6 + 16 * count;
        ByteBuffer dir = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        dir.putShort((short) 0).putShort((short) 1).putShort((short) count);
        ByteArrayOutputStream images = new ByteArrayOutputStream();
        for (Map.Entry<Integer, byte[]> e : pngBySize.entrySet()) {
            int size = e.getKey();
            if (size < 1 || size > 256) throw new IllegalArgumentException("an .ico entry is 1 to 256 pixels: " + size);
            byte[] png = e.getValue();
            dir.put((byte) (size & 0xFF)).put((byte) (size & 0xFF)).put((byte) 0).put((byte) 0)
                    .putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(offset + images.size());
            images.writeBytes(png);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(dir.array());
        out.writeBytes(images.toByteArray());
        return out.toByteArray();
    }

    /** The icns element types that hold PNG data, by the pixel size of the image they hold. */
    static final Map<String, Integer> ICNS_TYPES = icnsTypes();

    private static Map<String, Integer> icnsTypes() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("icp4", 16);
        m.put("icp5", 32);
        m.put("ic11", 32);   // 16 pt at 2x
        m.put("icp6", 64);
        m.put("ic12", 64);   // 32 pt at 2x
        m.put("ic07", 128);
        m.put("ic08", 256);
        m.put("ic13", 256);  // 128 pt at 2x
        m.put("ic09", 512);
        m.put("ic14", 512);  // 256 pt at 2x
        m.put("ic10", 1024); // 512 pt at 2x
        return m;
    }

    /** An .icns with every PNG element type whose size is among the renderings. */
    public static byte[] icns(Map<Integer, byte[]> pngBySize) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, Integer> t : ICNS_TYPES.entrySet()) {
            byte[] png = pngBySize.get(t.getValue());
            if (png == null) continue;
            body.write(t.getKey().getBytes(StandardCharsets.US_ASCII));
            body.write(ByteBuffer.allocate(4).putInt(8 + png.length).array());
            body.write(png);
        }
        if (body.size() == 0) throw new IllegalArgumentException("no rendering matches an icns size");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("icns".getBytes(StandardCharsets.US_ASCII));
        out.write(ByteBuffer.allocate(4).putInt(8 + body.size()).array());
        body.writeTo(out);
        return out.toByteArray();
    }
}
