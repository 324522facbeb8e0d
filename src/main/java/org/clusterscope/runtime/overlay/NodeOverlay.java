package org.clusterscope.runtime.overlay;

import java.util.List;

import org.clusterscope.core.NodeId;

/**
 * One node's side of the overlay now, for the window and the checks: its degree {@code d}
 * (PROTOCOL.md §8), the bounds it keeps, the peers it asked that have not answered
 * ({@code asked}), the peers whose request it accepted while their link is not up yet
 * ({@code accepted}), {@code pending} = both counted once, and the far ends of its discovered links.
 */
public record NodeOverlay(NodeId id, boolean privateNode, boolean running, int degree, int min, int max,
        List<NodeId> asked, List<NodeId> accepted, int pending, List<NodeId> discovered) {

    public NodeOverlay {
        asked = List.copyOf(asked);
        accepted = List.copyOf(accepted);
        discovered = List.copyOf(discovered);
    }
}
