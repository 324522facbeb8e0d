package org.clusterscope.scenario;

import java.util.Objects;

import org.clusterscope.core.Span;
import org.clusterscope.runtime.Command;

/** One entry of {@code events}: at this instant, do this. Events at one instant run in file order. */
public record EventDef(Span at, Command command) {

    public EventDef {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(command, "command");
    }
}
