package org.clusterscope.scenario;

import java.util.List;

import org.clusterscope.core.Span;

/**
 * A node as the simulation builds it: port and position resolved, groups expanded.
 * {@code group} is the name of the group that made it, or null for an entry of {@code nodes}.
 * {@code birth} is null unless the file overrides it.
 */
public record ResolvedNode(String id, int port, double x, double y, List<String> tags, List<Integer> channels,
        Span startAt, Span birth, String group) {

    public ResolvedNode {
        tags = List.copyOf(tags);
        channels = List.copyOf(channels);
    }
}
