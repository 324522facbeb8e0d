package org.clusterscope.scenario.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.clusterscope.core.Span;
import org.clusterscope.event.SimListener;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.scenario.EventDef;
import org.clusterscope.scenario.Scenario;

/**
 * Everything a run is made of: its scenario (with its seed) and the commands applied by hand, each
 * at the virtual instant it took effect. The simulation is deterministic (DESIGN.md "Threads"), so
 * the same script gives the same events, byte for byte: the state at any instant is rebuilt by
 * running the script to it, and nothing else of a run needs keeping.
 *
 * <p>A command applied by hand is scheduled exactly as a file's event at that instant is: after
 * the file's events of that instant, in the order they were applied. A run with a kill applied by
 * hand at 5 s is therefore the run of the file with that kill in its {@code events}.
 */
public record RunScript(Scenario base, List<EventDef> byHand) {

    public RunScript {
        Objects.requireNonNull(base, "base");
        byHand = List.copyOf(byHand);
    }

    /** The script of {@code scenario} as written, with nothing applied by hand yet. */
    public static RunScript of(Scenario scenario) {
        return new RunScript(scenario, List.of());
    }

    /** The scenario that runs this script: the base's events, then those applied by hand, in time order. */
    public Scenario scenario() {
        if (byHand.isEmpty()) {
            return base;
        }
        List<EventDef> events = new ArrayList<>(base.events());
        events.addAll(byHand);
        // stable: events at one instant keep their order, the file's first (SCENARIO_FORMAT.md "events")
        events.sort(Comparator.comparingLong(event -> event.at().micros()));
        return base.withEvents(events);
    }

    /** A new simulation of this script at virtual time 0, {@code listeners} subscribed, every event scheduled. */
    public Simulation build(List<SimListener> listeners) {
        return new ScenarioRunner(scenario()).build(listeners);
    }

    /**
     * The branch taken by acting at {@code time}: the commands applied by hand after that instant
     * are dropped (the old future), those at or before it are kept, and {@code commands} follow
     * them at {@code time}. The file's own events are part of the scenario and stay.
     */
    public RunScript fork(long time, List<Command> commands) {
        List<EventDef> kept = new ArrayList<>();
        for (EventDef event : byHand) {
            if (event.at().micros() <= time) {
                kept.add(event);
            }
        }
        for (Command command : commands) {
            kept.add(new EventDef(Span.ofMicros(time), command));
        }
        return new RunScript(base, kept);
    }

    /** Whether some command applied by hand takes effect after {@code time}: acting then would drop it. */
    public boolean hasFutureAfter(long time) {
        return byHand.stream().anyMatch(event -> event.at().micros() > time);
    }
}
