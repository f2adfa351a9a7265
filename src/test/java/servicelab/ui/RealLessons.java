package servicelab.ui;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a UI test class with the real lessons folder (the build's default has none), and puts the setting back. */
final class RealLessons implements BeforeAllCallback, AfterAllCallback {
    private String before;

    @Override
    public void beforeAll(ExtensionContext context) {
        before = System.getProperty("servicelab.lessons");
        System.setProperty("servicelab.lessons", "lessons");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (before == null) {
            System.clearProperty("servicelab.lessons");
        } else {
            System.setProperty("servicelab.lessons", before);
        }
    }
}
