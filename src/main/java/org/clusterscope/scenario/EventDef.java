package org.clusterscope.scenario;

import java.util.Objects;

/** One entry of {@code events}: at this instant, do this. Events at one instant run in file order. */
public record EventDef(Span at, Action action) {

    public EventDef {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
    }
}
