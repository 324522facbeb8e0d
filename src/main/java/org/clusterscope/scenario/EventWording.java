package org.clusterscope.scenario;

import org.clusterscope.core.SimTime;

/** A scenario event in a few words, e.g. {@code 3.2s kill n4}, {@code 5s partition {n1,n2}|{n3}}. */
public final class EventWording {

    private EventWording() {
    }

    public static String of(EventDef event) {
        return SimTime.format(event.at().micros()) + " " + event.command().describe();
    }
}
