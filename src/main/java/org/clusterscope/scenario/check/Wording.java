package org.clusterscope.scenario.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.Span;
import org.clusterscope.runtime.ClusterView;
import org.clusterscope.scenario.Expectation;

/** How expectations and node views read in results: {@code by 28s master n2 among n2,n3,n4}, {@code n4 names none (joining)}. */
public final class Wording {

    private Wording() {
    }

    /** The expectation as a short phrase, close to how the file says it. */
    public static String of(Expectation expectation) {
        if (expectation instanceof Expectation.Always always) {
            StringBuilder text = new StringBuilder("always ").append(always.invariant().jsonName());
            if (always.from() != null) {
                text.append(" from ").append(time(always.from()));
            }
            if (always.grace() != null) {
                text.append(" grace ").append(time(always.grace()));
            }
            return text.toString();
        }
        String by = "by " + time(((Expectation.Timed) expectation).by()) + " ";
        if (expectation instanceof Expectation.Master m) {
            return by + "master " + m.master() + (m.among() == null ? "" : " among " + String.join(",", m.among()));
        }
        if (expectation instanceof Expectation.NoMaster m) {
            return by + "noMaster " + String.join(",", m.nodes());
        }
        if (expectation instanceof Expectation.States s) {
            return by + "state " + s.states().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().jsonName())
                    .collect(Collectors.joining(","));
        }
        if (expectation instanceof Expectation.Masters m) {
            return by + "masters " + m.count();
        }
        if (expectation instanceof Expectation.Converged) {
            return by + "converged";
        }
        if (expectation instanceof Expectation.Record r) {
            return by + "record " + r.node() + " " + r.group() + "/" + r.key() + "=" + r.value();
        }
        if (expectation instanceof Expectation.Overlay o) {
            return by + "overlay" + (o.minDegree() == null ? "" : " minDegree " + o.minDegree())
                    + (o.maxDegree() == null ? "" : " maxDegree " + o.maxDegree())
                    + (o.connected() == null ? "" : o.connected() ? " connected" : " not connected")
                    + (o.maxDiameter() == null ? "" : " maxDiameter " + o.maxDiameter());
        }
        if (expectation instanceof Expectation.Degree d) {
            return by + "degree " + d.degrees().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(","));
        }
        Expectation.NoRecord r = (Expectation.NoRecord) expectation;
        return by + "noRecord " + r.node() + " " + r.group() + "/" + r.key();
    }

    /** A span as the file wrote it, or in seconds when the file used plain milliseconds. */
    static String time(Span span) {
        return span.isPlainMillis() ? org.clusterscope.core.SimTime.format(span.micros()) : span.text();
    }

    /** {@code n3 names n2} or {@code n4 names none (joining)}. */
    static String view(NodeLook node) {
        NodeId master = node.master();
        String names = master == null ? "none" : master.value();
        String state = node.state() == NodeState.SLAVE && master != null ? "" : " (" + node.state().jsonName() + ")";
        return node.id() + " names " + names + state;
    }

    /** The running nodes of the simulation, in scenario order. */
    static List<NodeLook> running(ClusterView sim) {
        return sim.nodeIds().stream().map(id -> NodeLook.of(sim, id)).filter(NodeLook::isRunning).toList();
    }

    /** {@code {n1,n2,n3}}. */
    static String set(List<NodeId> ids) {
        return ids.stream().map(NodeId::value).collect(Collectors.joining(",", "{", "}"));
    }

    static String states(Map<NodeId, NodeState> states) {
        return states.entrySet().stream().map(e -> e.getKey() + " is " + e.getValue().jsonName())
                .collect(Collectors.joining(", "));
    }
}
