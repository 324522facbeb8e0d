package org.clusterscope.node;

import java.util.List;
import java.util.Objects;

import org.clusterscope.core.NodeId;

/**
 * How a node is configured in a scenario: id, port, initial tags, extra channels, and a birth
 * time (microseconds) that overrides the start time on the first start only, or null.
 */
public record NodeSpec(NodeId id, int port, List<String> tags, List<Integer> channels, Long birthOverrideMicros) {

    public NodeSpec {
        Objects.requireNonNull(id, "id");
        tags = tags == null ? List.of() : List.copyOf(tags);
        channels = channels == null ? List.of() : List.copyOf(channels);
        if (port <= 0 || port > 65_535) {
            throw new IllegalArgumentException("port of " + id + " must be in 1..65535, got " + port);
        }
    }

    /** A node with no tags, the default channels and no birth override. */
    public static NodeSpec of(String id, int port) {
        return new NodeSpec(NodeId.of(id), port, List.of(), List.of(), null);
    }

    public NodeSpec withTags(List<String> next) {
        return new NodeSpec(id, port, next, channels, birthOverrideMicros);
    }

    public NodeSpec withBirth(Long micros) {
        return new NodeSpec(id, port, tags, channels, micros);
    }

    public NodeSpec withChannels(List<Integer> next) {
        return new NodeSpec(id, port, tags, next, birthOverrideMicros);
    }
}
