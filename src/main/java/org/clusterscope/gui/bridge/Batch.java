package org.clusterscope.gui.bridge;

import java.util.List;

import org.clusterscope.event.SimEvent;
import org.clusterscope.runtime.Command;

/**
 * What the simulation thread hands to the FX thread besides the latest {@link LiveFrame}: the
 * narrated events since the last batch, finished chart samples, the faults applied by hand with
 * the virtual time they took effect, verdicts on the scenario's expectations, and in public mode
 * the overlay chart's samples. Immutable. {@code through}: every event at or before that virtual
 * time has been handed up ({@code -1} when the batch does not say).
 */
public record Batch(List<SimEvent> events, List<StatsSample> samples, List<AppliedCommand> faults,
        List<CheckVerdict> verdicts, List<OverlaySample> overlaySamples, long through) {

    /** A batch without overlay samples that says nothing of how far the run got. */
    public Batch(List<SimEvent> events, List<StatsSample> samples, List<AppliedCommand> faults,
            List<CheckVerdict> verdicts) {
        this(events, samples, faults, verdicts, List.of(), -1);
    }

    public Batch {
        overlaySamples = List.copyOf(overlaySamples);
        events = List.copyOf(events);
        samples = List.copyOf(samples);
        faults = List.copyOf(faults);
        verdicts = List.copyOf(verdicts);
    }

    /**
     * Whether an event travels in a batch to be narrated: packet sends, hops and deliveries are far
     * too many to log, and the canvas draws them from the {@link LiveFrame} instead.
     */
    public static boolean isNarrated(SimEvent event) {
        return !(event instanceof SimEvent.PacketSent || event instanceof SimEvent.PacketHop
                || event instanceof SimEvent.PacketDelivered || event instanceof SimEvent.GdbSyncSent
                || event instanceof SimEvent.GdbSyncMerged);
    }

    /** A fault applied by hand at virtual time {@code time}; {@code applied} false when it did not apply. */
    public record AppliedCommand(long time, Command command, boolean applied) {
    }
}
