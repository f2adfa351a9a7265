package servicelab.check;

/**
 * A correction the app can apply for the learner: replace the text [start, end) with
 * {@code replacement}. {@code labelKey} names the button in the UI bundle.
 */
public record Fix(String labelKey, int start, int end, String replacement) {
}
