package org.clusterscope.scenario;

import java.util.List;
import java.util.Objects;

import org.clusterscope.core.Span;

/**
 * One entry of {@code nodes}, as declared: {@code port}, {@code x}, {@code y} and {@code birth}
 * are null when the file leaves them out. {@link Roster} gives the resolved port and position.
 * {@code startAt} is {@link Span#ZERO} by default and {@link Span#NEVER} for {@code "never"}.
 */
public record NodeDef(String id, Integer port, Double x, Double y, List<String> tags, List<Integer> channels,
        Span startAt, Span birth, boolean privateNode) {

    public NodeDef {
        Objects.requireNonNull(id, "id");
        tags = List.copyOf(tags);
        channels = List.copyOf(channels);
        Objects.requireNonNull(startAt, "startAt");
    }

    /** A public node (without {@code "private": true}, PROTOCOL.md §8). */
    public NodeDef(String id, Integer port, Double x, Double y, List<String> tags, List<Integer> channels,
            Span startAt, Span birth) {
        this(id, port, x, y, tags, channels, startAt, birth, false);
    }

    public NodeDef withPrivate(boolean newPrivate) {
        return new NodeDef(id, port, x, y, tags, channels, startAt, birth, newPrivate);
    }

    /** A node with only an id: default port, laid out on the circle, started at 0 s. */
    public static NodeDef of(String id) {
        return new NodeDef(id, null, null, null, List.of(), List.of(), Span.ZERO, null);
    }

    public NodeDef withPort(Integer newPort) {
        return new NodeDef(id, newPort, x, y, tags, channels, startAt, birth, privateNode);
    }

    public NodeDef withPosition(double newX, double newY) {
        return new NodeDef(id, port, newX, newY, tags, channels, startAt, birth, privateNode);
    }

    public NodeDef withTags(List<String> newTags) {
        return new NodeDef(id, port, x, y, newTags, channels, startAt, birth, privateNode);
    }

    public NodeDef withStartAt(Span newStartAt) {
        return new NodeDef(id, port, x, y, tags, channels, newStartAt, birth, privateNode);
    }

    public boolean hasPosition() {
        return x != null && y != null;
    }
}
