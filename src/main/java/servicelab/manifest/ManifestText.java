package servicelab.manifest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Manifest bytes to text: strict UTF-8, a leading BOM dropped, NUL bytes taken as a sign of a binary file. */
public final class ManifestText {
    private ManifestText() {
    }

    /** The text, or null when the bytes are not UTF-8 text. */
    /** The largest manifest file read at all, in bytes (every reader, CLI and app, uses it). */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    public static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (s.indexOf('\0') >= 0) {
                return null;
            }
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
