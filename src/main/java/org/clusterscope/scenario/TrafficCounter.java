package org.clusterscope.scenario;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.clusterscope.event.DropReason;
import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;

/** Sums the packets of a run by kind and drops by reason, for the summary line. */
public final class TrafficCounter implements SimListener {

    private final Map<String, Long> sentByKind = new TreeMap<>();
    private final Map<DropReason, Long> dropsByReason = new TreeMap<>();
    private long sent;
    private long hops;
    private long delivered;
    private long dropped;

    @Override
    public void onEvent(SimEvent event) {
        if (event instanceof SimEvent.PacketSent p) {
            sent++;
            sentByKind.merge(p.kind(), 1L, Long::sum);
        } else if (event instanceof SimEvent.PacketHop) {
            hops++;
        } else if (event instanceof SimEvent.PacketDelivered) {
            delivered++;
        } else if (event instanceof SimEvent.PacketDropped d) {
            dropped++;
            dropsByReason.merge(d.reason(), 1L, Long::sum);
        }
    }

    public long sent() {
        return sent;
    }

    public long delivered() {
        return delivered;
    }

    public long dropped() {
        return dropped;
    }

    /** {@code 812 messages sent (beacon 700, probe 5, vote 107), 3100 hops, 3012 delivered, 4 dropped (loss 4)}. */
    public String summary() {
        String kinds = sentByKind.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        String drops = dropsByReason.entrySet().stream().map(e -> e.getKey().jsonName() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return sent + " messages sent" + (kinds.isEmpty() ? "" : " (" + kinds + ")") + ", " + hops + " hops, "
                + delivered + " delivered, " + dropped + " dropped" + (drops.isEmpty() ? "" : " (" + drops + ")");
    }
}
