package servicelab.ui.diagram;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * The diagram is redrawn by keeping every node whose content is unchanged (same key, same
 * signature) and creating only the rest: a node that stays in the scene keeps its CSS and text
 * layout, which is most of a redraw's cost.
 */
final class NodeCache {
    private record Entry(Object signature, Node node) {
    }

    private Map<String, Entry> kept = new HashMap<>();
    private Map<String, Entry> next = new HashMap<>();

    /** Starts a redraw: nodes not asked for again by {@link #finish()} are forgotten. */
    void begin() {
        next = new HashMap<>();
    }

    void finish() {
        kept = next;
    }

    /** Forgets everything (a node's signature does not say all it shows, e.g. after a theme change). */
    void clear() {
        kept = new HashMap<>();
        next = new HashMap<>();
    }

    @SuppressWarnings("unchecked")
    <N extends Node> N reuse(String key, Object signature, Supplier<N> make) {
        Entry hit = next.get(key); // drawn by an earlier pass of this redraw
        if (hit == null || !Objects.equals(hit.signature(), signature)) {
            hit = kept.get(key);
        }
        N n = hit != null && Objects.equals(hit.signature(), signature) ? (N) hit.node() : make.get();
        next.put(key, new Entry(signature, n));
        return n;
    }

    /**
     * As {@link #reuse}, for a node whose place is not part of what it shows: moved, not made again,
     * when only its place changed. The scale search lays the picture out at two or three scales per
     * redraw, so a place in the signature made such nodes anew (and styled them) on every redraw.
     */
    <N extends Node> N placed(String key, Object signature, double x, double y, Supplier<N> make) {
        N n = reuse(key, signature, make);
        n.setLayoutX(x);
        n.setLayoutY(y);
        return n;
    }

    /**
     * Makes a layer's children the wanted nodes, touching only the nodes that come or go: nodes
     * that stay keep their place (moving a node out of its parent and back makes JavaFX style it
     * anew), new ones go on top in the wanted order. What must be on top is brought there with
     * {@link Node#toFront()}, which reorders without restyling.
     */
    static void sync(ObservableList<Node> have, List<Node> want) {
        Set<Node> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(want);
        have.removeIf(n -> !wanted.contains(n));
        Set<Node> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(have);
        List<Node> added = new java.util.ArrayList<>();
        for (Node n : want) {
            if (!present.contains(n)) {
                added.add(n);
            }
        }
        have.addAll(added);
    }
}
