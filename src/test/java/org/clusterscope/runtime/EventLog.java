package org.clusterscope.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.clusterscope.core.SimTime;
import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;

/** Records a simulation's events so a story can assert on them, and print them when it fails. */
final class EventLog implements SimListener {

    private final List<SimEvent> events = new ArrayList<>();

    static EventLog attach(Simulation sim) {
        EventLog log = new EventLog();
        sim.events().subscribe(log);
        return log;
    }

    @Override
    public void onEvent(SimEvent event) {
        events.add(event);
    }

    List<SimEvent> all() {
        return events;
    }

    <T extends SimEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends SimEvent> List<T> of(Class<T> type, Predicate<T> filter) {
        return of(type).stream().filter(filter).toList();
    }

    /** The node-level story (no packets), one line per event, for failure messages. */
    String narrative() {
        StringBuilder text = new StringBuilder();
        for (SimEvent event : events) {
            if (event.type().startsWith("packet.")) {
                continue;
            }
            text.append(SimTime.format(event.time())).append(' ').append(event).append('\n');
        }
        return text.toString();
    }
}
