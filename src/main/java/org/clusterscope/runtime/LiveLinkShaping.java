package org.clusterscope.runtime;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.real.PacketShaper;

/**
 * The latency, jitter and loss of a live cluster's links, applied as packets arrive: each
 * receiver holds a packet back by the link's latency plus up to its jitter, or loses it with the
 * link's loss, drawing from its own seeded random stream (the randomness is repeatable; the
 * real scheduler's timing is not). A pair without settings of its own has the defaults.
 */
final class LiveLinkShaping {

    private final Map<String, LinkSettings> settings = new ConcurrentHashMap<>();
    private volatile LinkSettings defaults;

    LiveLinkShaping(LinkSettings defaults) {
        this.defaults = defaults;
    }

    void setDefaults(LinkSettings next) {
        defaults = next;
    }

    void set(NodeId a, NodeId b, LinkSettings link) {
        if (link == null) {
            settings.remove(key(a, b));
        } else {
            settings.put(key(a, b), link);
        }
    }

    LinkSettings of(NodeId a, NodeId b) {
        return settings.getOrDefault(key(a, b), defaults);
    }

    /**
     * The shaper of {@code receiver}'s transport: a packet relayed along {@code routes}' path (or,
     * without one, straight from its sender) takes each hop's latency plus a jitter drawn in
     * [0, jitter], and each hop may lose it (PROTOCOL.md §6). Several socket threads may call it at once.
     */
    PacketShaper shaperOf(NodeId receiver, java.util.function.Function<NodeId, List<NodeId>> routes,
            SplittableRandom random) {
        return from -> {
            List<NodeId> path = routes.apply(from);
            if (path == null) {
                path = List.of(from, receiver);
            }
            double delayMs = 0;
            for (int i = 0; i + 1 < path.size(); i++) {
                LinkSettings link = of(path.get(i), path.get(i + 1));
                if (link.loss() <= 0 && link.latencyMs() <= 0 && link.jitterMs() <= 0) {
                    continue;
                }
                double draw;
                double jitter;
                synchronized (random) {
                    draw = random.nextDouble();
                    jitter = random.nextDouble();
                }
                if (draw < link.loss()) {
                    return -1;
                }
                delayMs += link.latencyMs() + jitter * link.jitterMs();
            }
            return Math.round(delayMs * 1_000);
        };
    }

    private static String key(NodeId a, NodeId b) {
        return a.value().compareTo(b.value()) <= 0 ? a.value() + "\u0000" + b.value() : b.value() + "\u0000" + a.value();
    }
}
