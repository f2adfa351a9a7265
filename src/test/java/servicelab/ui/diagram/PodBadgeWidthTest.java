package servicelab.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import servicelab.ui.Fonts;

/**
 * A pod's name is measured as the sum of its characters' advances (PodBadge.width): it must be
 * as wide as JavaFX lays it out, and break into the same lines as laying out each candidate line did.
 */
@ExtendWith(ApplicationExtension.class)
class PodBadgeWidthTest {
    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

    @Start
    void start(Stage stage) {
        Fonts.load(); // the badge's font, as the app has it
    }

    /** Names as controllers make them: a Deployment's pods, a StatefulSet's, a hand-written one with dots. */
    private static String name(Random rnd) {
        String[] stems = {"kubia", "kubia-internal", "app-7", "web.example", "redis-cache-ha", "m", "wwwwwwww"};
        StringBuilder n = new StringBuilder(stems[rnd.nextInt(stems.length)]);
        switch (rnd.nextInt(3)) {
            case 0 -> n.append('-').append(random(rnd, 9 + rnd.nextInt(2))).append('-').append(random(rnd, 5));
            case 1 -> n.append('-').append(rnd.nextInt(40));
            default -> n.append(random(rnd, rnd.nextInt(12)));
        }
        return n.toString();
    }

    private static String random(Random rnd, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(ALNUM.charAt(rnd.nextInt(ALNUM.length())));
        }
        return s.toString();
    }

    private static double laidOut(String s, boolean stage) {
        Text t = new Text(s);
        t.setFont(Font.font("NanumGothic", FontWeight.BOLD, stage ? 14 : 13));
        return t.getLayoutBounds().getWidth();
    }

    /** The old way: lay every candidate line out and break after a hyphen when it runs past the room. */
    private static String laidOutLines(String full, double room, boolean stage) {
        StringBuilder out = new StringBuilder();
        String line = "";
        for (String part : full.split("(?<=-)")) {
            if (!line.isEmpty() && laidOut(line + part, stage) > room) {
                out.append(line).append('\n');
                line = part;
            } else {
                line += part;
            }
        }
        return out.append(line).toString();
    }

    @Test
    void aNameIsAsWideAsItsCharactersTogether() throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            Random rnd = new Random(16);
            for (int i = 0; i < 300; i++) {
                String n = name(rnd);
                boolean stage = i % 2 == 0;
                assertEquals(laidOut(n, stage), PodBadge.width(n, 0, n.length(), stage), 0.01, n);
            }
            // not ASCII: laid out as a whole
            assertEquals(laidOut("파드-한글", false), PodBadge.width("파드-한글", 0, 5, false), 1e-9);
        }).get();
    }

    @Test
    void namesBreakWhereLayingThemOutBrokeThem() throws Exception {
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            Random rnd = new Random(17);
            int broken = 0;
            for (int i = 0; i < 300; i++) {
                String n = name(rnd);
                boolean stage = i % 3 == 0;
                double room = 30 + rnd.nextInt(140);
                String expected = laidOutLines(n, room, stage);
                broken += expected.contains("\n") ? 1 : 0;
                assertEquals(expected, PodBadge.breakName(n, room, stage), n + " in " + room);
            }
            assertTrue(broken > 50, "the rooms were narrow enough to break names: " + broken);
            assertEquals("", PodBadge.breakName("", 50, false));
            assertEquals("a-", PodBadge.breakName("a-", 1, false));
        }).get();
    }
}
