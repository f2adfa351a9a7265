package servicelab.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The diagram's {@link Flow} lays its children out exactly as a horizontal FlowPane does (the
 * look of the Service row and the pods' chips must not change), and {@link Flow#heightFor}
 * tells the height a layout at a width gives, without laying out.
 */
@ExtendWith(ApplicationExtension.class)
class FlowTest {
    private Pane root;

    @Start
    void start(Stage stage) {
        root = new Pane();
        stage.setScene(new Scene(root, 900, 700));
        stage.show();
    }

    /** A child like the diagram's: a label, a card of labels, a fixed box, a shape; some unmanaged. */
    private static Supplier<Node> child(Random rnd) {
        int kind = rnd.nextInt(5);
        String text = "서비스-" + "abcdefghij".substring(0, 1 + rnd.nextInt(10));
        double a = 5 + rnd.nextInt(120);
        double b = 5 + rnd.nextInt(60);
        boolean managed = rnd.nextInt(12) != 0;
        return () -> {
            Node n = switch (kind) {
                case 0 -> new Label(text);
                case 1 -> {
                    VBox card = new VBox(2, new Label(text), new Label(text + text));
                    card.setPadding(new Insets(4));
                    yield card;
                }
                case 2 -> {
                    Region r = new Region();
                    r.setMinSize(a / 2, b / 2);
                    r.setPrefSize(a, b);
                    r.setMaxSize(a * 1.5, b);
                    yield r;
                }
                case 3 -> new Rectangle(a, b);
                default -> {
                    Label l = new Label(text + " " + text + " " + text);
                    l.setWrapText(true);
                    l.setMaxWidth(a + 30);
                    yield l;
                }
            };
            n.setManaged(managed);
            return n;
        };
    }

    @Test
    void laysOutAsAHorizontalFlowPaneDoes(FxRobot robot) {
        Random rnd = new Random(11);
        int compared = 0;
        for (int round = 0; round < 40; round++) {
            List<Supplier<Node>> kids = new ArrayList<>();
            int n = rnd.nextInt(14);
            for (int i = 0; i < n; i++) {
                kids.add(child(rnd));
            }
            double hgap = rnd.nextInt(3) * 7.5;
            double vgap = rnd.nextInt(3) * 5;
            double wrap = 40 + rnd.nextInt(700) + 0.5;
            Insets pad = new Insets(rnd.nextInt(6), rnd.nextInt(6), rnd.nextInt(6), rnd.nextInt(6));
            FlowPane fp = new FlowPane(hgap, vgap);
            Flow f = new Flow(hgap, vgap);
            kids.forEach(k -> fp.getChildren().add(k.get()));
            kids.forEach(k -> f.getChildren().add(k.get()));
            fp.setPadding(pad);
            f.setPadding(pad);
            fp.setPrefWrapLength(wrap);
            f.setWrapLength(wrap);
            String what = "round " + round + ": " + n + " children, wrap " + wrap;
            robot.interact(() -> {
                root.getChildren().setAll(fp, f);
                root.applyCss();
                fp.autosize();
                f.autosize();
                fp.layout();
                f.layout();
            });
            assertEquals(fp.getWidth(), f.getWidth(), 1e-9, what);
            assertEquals(fp.getHeight(), f.getHeight(), 1e-9, what);
            assertEquals(fp.getHeight(), f.heightFor(wrap), 1e-9, what);
            for (int i = 0; i < n; i++) {
                Node x = fp.getChildren().get(i);
                Node y = f.getChildren().get(i);
                assertEquals(x.getBoundsInParent(), y.getBoundsInParent(), what + ", child " + i);
                compared++;
            }
            // a child's text changes after the flow measured it: the flow measures it again
            robot.interact(() -> {
                for (Pane p : List.of(fp, f)) {
                    p.getChildren().stream().filter(c -> c instanceof Label).findFirst()
                            .ifPresent(c -> ((Label) c).setText(((Label) c).getText() + " 더 긴 이름으로 바뀐 서비스"));
                }
                root.applyCss();
                fp.autosize();
                f.autosize();
                fp.layout();
                f.layout();
            });
            assertEquals(fp.getHeight(), f.getHeight(), 1e-9, what + ", after a label grew");
            for (int i = 0; i < n; i++) {
                assertEquals(fp.getChildren().get(i).getBoundsInParent(), f.getChildren().get(i).getBoundsInParent(),
                        what + ", after a label grew, child " + i);
            }
            double other = 30 + rnd.nextInt(500);
            robot.interact(() -> {
                fp.setPrefWrapLength(other);
                fp.autosize();
            });
            assertEquals(fp.getHeight(), f.heightFor(other), 1e-9, what + ", measured at " + other);
        }
        assertEquals(true, compared > 150, "children compared: " + compared);
    }
}
