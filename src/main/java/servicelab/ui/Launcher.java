package servicelab.ui;

/** Main class for class-path launches (a main class that is not an Application subclass). */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(App.class, args);
    }
}
