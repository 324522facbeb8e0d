package org.clusterscope.runtime;

import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.LinkOverrides;
import org.clusterscope.net.sim.Nemesis;

/**
 * What a running cluster can be told to do, the same for the simulated and the real network;
 * {@link CommandApplier} turns each {@link Command} into these calls, once for both roots.
 * Each call acts now; a false return means it did not apply, and a warning says why.
 */
interface ClusterControl extends ClusterView {

    boolean start(NodeId id);

    boolean kill(NodeId id);

    boolean quit(NodeId id);

    boolean restart(NodeId id);

    void partition(List<List<NodeId>> groups);

    List<List<NodeId>> nemesis(Nemesis pattern);

    void heal();

    boolean linkDown(NodeId a, NodeId b);

    boolean linkUp(NodeId a, NodeId b);

    /** Changes a link's latency, jitter or loss; false (with a warning) where they cannot be set. */
    boolean changeLink(NodeId a, NodeId b, LinkOverrides overrides);

    void setTags(NodeId id, List<String> tags);

    void note(String text);

    /** A node writes a GDB record (PROTOCOL.md §7); false, with a warning or a refusal event, when it does not apply. */
    boolean gdbWrite(NodeId node, String group, String key, String value, Command command);

    /** A node deletes a GDB record; false, with a warning or a refusal event, when it does not apply. */
    boolean gdbDelete(NodeId node, String group, String key, Command command);

    /** Takes a GDB network down or brings it back; false, with a warning, when there is no such network. */
    boolean setNetDown(String net, boolean down, Command command);

    /** Closes the discovered link a–b (PROTOCOL.md §8); false, with a warning, when there is none. */
    boolean closeDiscoveredLink(NodeId a, NodeId b);

    /** Makes a node private or public (PROTOCOL.md §8); false, with a warning, when it does not apply. */
    boolean setPrivate(NodeId id, boolean privateNode);

    /** A warning event: a command that did not apply, and why. */
    void warn(String text);

    /** When a message happens, as words follow a command: {@code " at 2s"} in virtual time, empty on a wall clock. */
    String instant();

    /** What this root is called in messages: "the simulation", "a live cluster". */
    String name();
}
