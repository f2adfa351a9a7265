package servicelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import servicelab.lesson.Lesson;

/** Self-study progress across restarts: a corrupt file is set aside with a message; "이어서 학습하기" restores the last state. */
@ExtendWith(ApplicationExtension.class)
class ProgressUiTest {
    private static final String LESSONS = System.getProperty("servicelab.lessons");
    private static final String HOME = System.getProperty("servicelab.home");

    @BeforeAll
    static void realLessons() {
        System.setProperty("servicelab.lessons", "lessons");
    }

    @AfterAll
    static void restore() {
        for (String[] p : new String[][] {{"servicelab.lessons", LESSONS}, {"servicelab.home", HOME}}) {
            if (p[1] == null) {
                System.clearProperty(p[0]);
            } else {
                System.setProperty(p[0], p[1]);
            }
        }
    }

    /** A window of its own (as after a restart); its scene is where the test looks. */
    private javafx.scene.Scene open(FxRobot robot, Path home) throws Exception {
        System.setProperty("servicelab.home", home.toString());
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            try {
                stage[0] = new Stage();
                App.open(stage[0], AppOptions.of(null, 1280, 800, Locale.KOREAN));
                stage[0].show();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        javafx.scene.Scene scene = stage[0].getScene();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Screen.fx(() -> !((Label) scene.lookup(".status-pill")).getStyleClass().contains("busy")));
        return scene;
    }

    private static org.fxmisc.richtext.CodeArea editor(javafx.scene.Scene scene) {
        return (org.fxmisc.richtext.CodeArea) scene.lookup("#yamlEditor");
    }

    @Test
    void aCorruptProgressFileIsSetAsideAndTheAppStartsWithAMessage(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path home)
            throws Exception {
        Files.writeString(home.resolve("progress.json"), "{ this is not json");
        javafx.scene.Scene c = open(robot, home);
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().contains("progress.json.corrupt-"));
        assertTrue(status.getText().contains("옮겨 두고"), status.getText());
        try (var files = Files.list(home)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("progress.json.corrupt-")).findFirst().orElseThrow();
            assertEquals("{ this is not json", Files.readString(aside));
        }
        assertTrue(c.lookup("#svc-kubia") != null || c.lookup(".status-pill") != null, "the app works");
        robot.interact(() -> ((Stage) c.getWindow()).close());
    }

    @Test
    void continueRestoresTheChapterAndExerciseAfterARestart(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path home)
            throws Exception {
        javafx.scene.Scene first = open(robot, home);
        robot.clickOn(editor(first)); // the learner's own input starts the record
        @SuppressWarnings("unchecked")
        ComboBox<Lesson> chooser = (ComboBox<Lesson>) first.lookup("#lessonChooser");
        robot.interact(() -> chooser.setValue(chooser.getItems().stream().filter(l -> l.id().startsWith("05-")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Screen.fx(() -> first.lookup("#start-ex5-1") != null));
        robot.interact(() -> ((Button) first.lookup("#start-ex5-1")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((Button) first.lookup("#hintButton")).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.readString(home.resolve("progress.json"))
                .contains("\"ex5-1\": {\"status\": \"started\", \"attempts\": 1, \"hints\": 1}"));
        // a quiz answer is kept too
        robot.interact(() -> {
            javafx.scene.Parent card = (javafx.scene.Parent) first.lookup("#quiz-q5-2");
            card.getChildrenUnmodifiable().stream().flatMap(n -> n instanceof javafx.scene.Parent p
                    ? java.util.stream.Stream.concat(java.util.stream.Stream.of(n), p.getChildrenUnmodifiable().stream())
                    : java.util.stream.Stream.of(n))
                    .filter(javafx.scene.control.RadioButton.class::isInstance).map(javafx.scene.control.RadioButton.class::cast)
                    .findFirst().orElseThrow().setSelected(true);
            ((Button) card.lookup("#check-q5-2")).fire();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.readString(home.resolve("progress.json")).contains("\"quiz\": {\"q5"));
        robot.interact(() -> ((Stage) first.getWindow()).hide());

        javafx.scene.Scene second = open(robot, home);
        Button cont = (Button) second.lookup("#continueButton");
        assertTrue(cont.isVisible(), "the offer to continue is there");
        robot.clickOn(cont);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<Lesson> chooser2 = (ComboBox<Lesson>) second.lookup("#lessonChooser");
        assertTrue(chooser2.getValue().id().startsWith("05-"));
        assertTrue(second.lookup("#exerciseCheck") != null, "the exercise is open again");
        robot.interact(() -> ((Stage) second.getWindow()).hide());
    }

    @Test
    void unsavedWorkAKilledInstanceLeftIsOfferedRestoredUnsavedAndNeverOverANewerFile(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        // what a killed instance leaves: a journal and no living lock
        Path file = home.resolve("kubia.yaml");
        Files.writeString(file, "apiVersion: v1\nkind: Service\n");
        long before = Files.getLastModifiedTime(file).toMillis();
        String mine = "apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia # typed before the crash\n";
        Files.createDirectories(home.resolve("recovery"));
        Files.writeString(home.resolve("recovery/1-1.journal.yaml"), "# servicelab-recovery: {\"savedAt\":"
                + System.currentTimeMillis() + ",\"file\":" + servicelab.text.Json.write(file.toString())
                + ",\"fileModified\":" + before + ",\"name\":\"kubia.yaml\"}\n" + mine);
        javafx.scene.Scene s = open(robot, home);
        javafx.scene.Node bar = s.lookup("#recoveryBar");
        assertTrue(bar.isVisible(), "the next start offers it");
        assertTrue(((Label) s.lookup("#recoveryText")).getText().contains("kubia.yaml"));
        robot.interact(() -> ((Button) s.lookup("#recoveryRestore")).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor(s).getText().equals(mine));
        assertTrue(((Stage) s.getWindow()).getTitle().startsWith("● "), "restored text is not saved: " + ((Stage) s.getWindow()).getTitle());
        assertTrue(((Stage) s.getWindow()).getTitle().contains("kubia.yaml"));
        assertEquals("apiVersion: v1\nkind: Service\n", Files.readString(file), "the file is untouched");
        assertTrue(!bar.isVisible(), "the offer is gone once answered");
        robot.interact(() -> ((Stage) s.getWindow()).hide());

        // the same crash, but the file was saved elsewhere afterwards: the text opens as an untitled copy
        Files.writeString(home.resolve("recovery/2-2.journal.yaml"), "# servicelab-recovery: {\"savedAt\":1,\"file\":"
                + servicelab.text.Json.write(file.toString()) + ",\"fileModified\":" + (before - 10_000) + ",\"name\":\"kubia.yaml\"}\n"
                + mine);
        javafx.scene.Scene t = open(robot, home);
        robot.interact(() -> ((Button) t.lookup("#recoveryRestore")).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor(t).getText().equals(mine));
        String title = ((Stage) t.getWindow()).getTitle();
        assertTrue(title.contains("복구본"), title);
        robot.interact(() -> ((Stage) t.getWindow()).hide());
    }

    @Test
    void aSecondWindowOnTheSameProfileSaysItShares(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        javafx.scene.Scene first = open(robot, home);
        javafx.scene.Scene second = open(robot, home);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> ((Label) second.lookup("#statusMessage")).getText().contains("다른 서비스 랩 창"));
        assertTrue(!((Label) first.lookup("#statusMessage")).getText().contains("다른 서비스 랩 창"), "the first one was alone");
        robot.interact(() -> {
            ((Stage) second.getWindow()).hide();
            ((Stage) first.getWindow()).hide();
        });
    }
}
