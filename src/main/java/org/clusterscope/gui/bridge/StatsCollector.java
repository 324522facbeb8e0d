package org.clusterscope.gui.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;

/**
 * Counts messages sent per virtual second and samples the number of masters at the end of each
 * second, for the chart. Simulation thread only; {@link #drain()} hands the finished samples over.
 */
final class StatsCollector implements SimListener {

    private static final long SECOND = 1_000_000;

    private final IntSupplier masters;
    private final List<StatsSample> ready = new ArrayList<>();
    private long bucketEnd = SECOND;
    private long sent;

    StatsCollector(IntSupplier masters) {
        this.masters = masters;
    }

    @Override
    public void onEvent(SimEvent event) {
        advanceTo(event.time());
        if (event instanceof SimEvent.PacketSent) {
            sent++;
        }
    }

    /** Closes every second that ended before {@code now}. */
    void advanceTo(long now) {
        while (now >= bucketEnd) {
            ready.add(new StatsSample(bucketEnd, sent, masters.getAsInt()));
            sent = 0;
            bucketEnd += SECOND;
        }
    }

    List<StatsSample> drain() {
        List<StatsSample> out = List.copyOf(ready);
        ready.clear();
        return out;
    }
}
