package org.clusterscope.gui.files;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.EditCommand;
import org.clusterscope.gui.doc.TopologyDocument;
import org.clusterscope.scenario.NodeDef;
import org.clusterscope.scenario.OverlaySettings;
import org.clusterscope.scenario.Scenario;

/**
 * Public mode as the document will save it (SCENARIO_FORMAT.md "Public mode"): the file's
 * {@code overlay} section and which nodes are {@code "private": true}. Changes go through the
 * editor's command stack as {@link Change}s, so they can be undone and count as unsaved work.
 * FX thread only.
 */
public final class OverlayDraft {

    /** What the draft holds: the settings (null: no {@code overlay} section) and the private nodes. */
    public record State(OverlaySettings settings, Set<NodeId> privateNodes) {
        public State {
            privateNodes = Set.copyOf(privateNodes);
        }
    }

    private State state = new State(null, Set.of());

    /** Takes the settings and the private flags of a scenario just opened. */
    void load(Scenario scenario) {
        Set<NodeId> privateNodes = new LinkedHashSet<>();
        for (NodeDef node : scenario.nodes()) {
            if (node.privateNode()) {
                privateNodes.add(NodeId.of(node.id()));
            }
        }
        state = new State(scenario.overlay(), privateNodes);
    }

    public State state() {
        return state;
    }

    /** The file's overlay section, or null when it has none (private mode). */
    public OverlaySettings settings() {
        return state.settings();
    }

    public boolean isPublic() {
        return state.settings() != null && state.settings().isPublic();
    }

    public boolean isPrivate(NodeId node) {
        return state.privateNodes().contains(node);
    }

    /** An undoable edit that sets the overlay section. */
    public Change withSettings(OverlaySettings settings) {
        String label = settings == null || !settings.isPublic() ? "Public mode off"
                : "Public mode: " + settings.connections() + " connections, maintenance every "
                        + settings.maintenanceMs() + " ms";
        return new Change(label, state, new State(settings, state.privateNodes()));
    }

    /** An undoable edit that makes a node private or public. */
    public Change withPrivate(NodeId node, boolean privateNode) {
        Set<NodeId> next = new LinkedHashSet<>(state.privateNodes());
        if (privateNode) {
            next.add(node);
        } else {
            next.remove(node);
        }
        return new Change("Make " + node + (privateNode ? " private" : " public"), state, new State(state.settings(), next));
    }

    /** The scenario with this draft's overlay section and private flags. */
    Scenario applyTo(Scenario scenario) {
        List<NodeDef> nodes = new ArrayList<>();
        for (NodeDef node : scenario.nodes()) {
            nodes.add(node.withPrivate(state.privateNodes().contains(NodeId.of(node.id()))));
        }
        return scenario.withNodes(nodes).withOverlay(state.settings());
    }

    /** One change of the draft; it leaves the topology alone. */
    public final class Change implements EditCommand {
        private final String label;
        private final State before;
        private final State after;

        Change(String label, State before, State after) {
            this.label = label;
            this.before = Objects.requireNonNull(before);
            this.after = Objects.requireNonNull(after);
        }

        public boolean changesNothing() {
            return before.equals(after);
        }

        /** Public mode's settings and flags take effect at the next start: undoable during a run. */
        @Override
        public boolean allowedWhileRunning() {
            return true;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void apply(TopologyDocument document) {
            state = after;
        }

        @Override
        public void revert(TopologyDocument document) {
            state = before;
        }
    }
}
