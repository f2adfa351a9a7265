package servicelab.manifest;

/** Line ranges of edits: the lines two texts differ in, and an edit as a replacement of characters. */
final class LineDiff {
    private LineDiff() {
    }

    /** The edit from one text to another: the lines between their common head and tail. */
    static ManifestEditor.Edit between(String before, String after) {
        String[] a = before.split("\\n", -1);
        String[] b = after.split("\\n", -1);
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head
                && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        return new ManifestEditor.Edit(after, head + 1, a.length - tail, b.length - tail);
    }

    /** Replaces the edit's old lines of {@code before} with its new lines; characters when lines cannot say it. */
    static ManifestEditor.Replacement replacement(ManifestEditor.Edit e, String before) {
        String text = e.text();
        int start = lineOffset(before, e.firstLine());
        int end = lineOffset(before, e.oldLastLine() + 1);
        int from = lineOffset(text, e.firstLine());
        int to = lineOffset(text, e.newLastLine() + 1);
        if (end > before.length() || to > text.length() || !(before.substring(0, start) + text.substring(from, to)
                + before.substring(end)).equals(text)) {
            return minimal(before, text); // a line range can't say it (a missing final newline): the differing characters
        }
        return new ManifestEditor.Replacement(start, end, text.substring(from, to));
    }

    private static ManifestEditor.Replacement minimal(String before, String after) {
        int start = 0;
        while (start < before.length() && start < after.length() && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        int endOld = before.length(), endNew = after.length();
        while (endOld > start && endNew > start && before.charAt(endOld - 1) == after.charAt(endNew - 1)) {
            endOld--;
            endNew--;
        }
        return new ManifestEditor.Replacement(start, endOld, after.substring(start, endNew));
    }

    /** The offset where 1-based line n starts; past the last line, the text's length (plus one for the newline it lacks). */
    private static int lineOffset(String s, int n) {
        int at = 0;
        for (int line = 1; line < n; line++) {
            int nl = s.indexOf('\n', at);
            if (nl < 0) {
                return s.length() + (line == n - 1 ? 0 : 1);
            }
            at = nl + 1;
        }
        return at;
    }
}
