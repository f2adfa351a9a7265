package servicelab.ui.diagram;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseEvent;

import servicelab.sim.SimPod;
import servicelab.sim.SimService;

/** The diagram's context menus, built when asked for: a redraw creates dozens of cards and most are never right-clicked. */
final class Menus {
    private final DiagramKit kit;
    private final Supplier<Actions> actions;

    Menus(DiagramKit kit, Supplier<Actions> actions) {
        this.kit = kit;
        this.actions = actions;
    }

    ContextMenu service(SimService s) {
        Actions a = actions.get();
        ContextMenu menu = new ContextMenu();
        Menu type = new Menu(kit.t("diagram.switchType"));
        for (String ty : new String[] {"ClusterIP", "NodePort", "LoadBalancer", "ExternalName", "Headless"}) {
            MenuItem mi = new MenuItem(ty);
            mi.setId("type-" + ty);
            mi.setDisable(ty.equals(DiagramKit.typeLabel(s)));
            mi.setOnAction(e -> a.switchType(s, ty));
            type.getItems().add(mi);
        }
        MenuItem ports = new MenuItem(kit.t("diagram.editPorts"));
        ports.setOnAction(e -> a.editPorts(s));
        // Gateway API: reach the Service through a Gateway (a new one and a route, or a rule in its route)
        String plan = s.isExternalName() ? null : a.gatewayPlan(s);
        MenuItem gateway = new MenuItem(kit.t(plan == null ? "diagram.gatewaySent" : plan.equals("rule") ? "diagram.gatewayRule"
                : "diagram.gatewayCreate"));
        gateway.setId("expose-gateway");
        gateway.setDisable(plan == null);
        gateway.setOnAction(e -> a.exposeThroughGateway(s));
        menu.getItems().addAll(ports, gateway, type); // the submenu last: reaching it never crosses another item
        return menu;
    }

    ContextMenu pod(SimPod p, boolean editable) {
        Actions a = actions.get();
        if (a == null) {
            return null;
        }
        ContextMenu menu = new ContextMenu();
        MenuItem toggle;
        if (p.readiness().probed()) {
            toggle = new MenuItem(kit.t(p.ready() ? "diagram.makeUnready" : "diagram.makeReady"));
            toggle.setId("toggle-readiness");
            toggle.setOnAction(e -> a.toggleReadiness(p));
        } else {
            // no probe: nothing to fail; the menu says so and offers one (an edit of the YAML)
            toggle = new MenuItem(kit.t("diagram.addReadinessProbe"));
            toggle.setId("add-readiness-probe");
            toggle.setOnAction(e -> a.addReadinessProbe(p));
            toggle.setDisable(!editable);
        }
        MenuItem labels = new MenuItem(kit.t("diagram.editLabels"));
        labels.setOnAction(e -> a.editLabels(p));
        labels.setDisable(!editable && p.owner() == null);
        MenuItem delete = new MenuItem(kit.t("diagram.deletePod"));
        delete.setId("delete-pod");
        delete.setOnAction(e -> a.deletePod(p));
        menu.getItems().addAll(toggle, labels, delete);
        if (editable && p.owner() != null && !p.owner().startsWith("Pod")) {
            MenuItem up = new MenuItem(kit.t("diagram.scaleUp"));
            up.setId("scale-up");
            up.setOnAction(e -> a.scale(p, 1));
            MenuItem down = new MenuItem(kit.t("diagram.scaleDown"));
            down.setId("scale-down");
            down.setOnAction(e -> a.scale(p, -1));
            menu.getItems().addAll(up, down);
        }
        if (editable) {
            MenuItem svc = new MenuItem(kit.t("diagram.createService"));
            svc.setId("create-service");
            svc.setOnAction(e -> a.createServiceFor(p));
            menu.getItems().add(svc);
        }
        return menu;
    }

    /** Opens a node's menu on a right click (and on the keyboard's context-menu key). */
    static void showOnSecondaryClick(Node n, Supplier<ContextMenu> menu) {
        n.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            ContextMenu m;
            if (e.isSecondaryButtonDown() && (m = menu.get()) != null) {
                m.show(n, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        n.setOnContextMenuRequested(e -> {
            ContextMenu m;
            if (e.isKeyboardTrigger() && (m = menu.get()) != null) {
                m.show(n, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }
}
