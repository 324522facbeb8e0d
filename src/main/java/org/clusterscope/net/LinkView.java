package org.clusterscope.net;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.LinkSettings;

/**
 * A snapshot of one link for callers outside the network (GUI, runtime, checks): its ends in the
 * order they were first linked, its settings, whether it is up ({@code linkDown} not in force)
 * and whether a partition cuts it. It carries packets only when {@code up && !cut}.
 * {@code discovered} marks a link public mode opened (PROTOCOL.md §8), not one of the file.
 */
public record LinkView(NodeId a, NodeId b, LinkSettings settings, boolean up, boolean cut, boolean discovered) {

    /** A trusted link: one of the file, or made by hand. */
    public LinkView(NodeId a, NodeId b, LinkSettings settings, boolean up, boolean cut) {
        this(a, b, settings, up, cut, false);
    }

    /** True when packets may travel on it. */
    public boolean live() {
        return up && !cut;
    }
}
