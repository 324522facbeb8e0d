package org.clusterscope.scenario.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clusterscope.runtime.Command;

/**
 * The branches of one run: the script being shown, and each earlier script it forked from, so that
 * acting in the past replaces the future and Undo brings the old future back. Not thread-safe: one
 * owner (the window's run controls) calls it.
 */
public final class Branches {

    /** A fork taken at {@code time}; {@code before} is the script whose future it replaced. */
    public record Fork(long time, RunScript before) {
        public Fork {
            Objects.requireNonNull(before, "before");
        }
    }

    private RunScript current;
    private final Deque<Fork> forks = new ArrayDeque<>();

    public Branches(RunScript start) {
        current = Objects.requireNonNull(start, "start");
    }

    public RunScript current() {
        return current;
    }

    /** Acts at {@code time}: the commands applied after it are dropped and {@code commands} take their place. */
    public RunScript fork(long time, List<Command> commands) {
        forks.push(new Fork(time, current));
        current = current.fork(time, commands);
        return current;
    }

    /** Goes back to the script before the latest fork, its future included; empty when there was none. */
    public Optional<Fork> undo() {
        if (forks.isEmpty()) {
            return Optional.empty();
        }
        Fork latest = forks.pop();
        current = latest.before();
        return Optional.of(latest);
    }

    public boolean canUndo() {
        return !forks.isEmpty();
    }

    /** The instants where the shown script left an earlier one, oldest fork first. */
    public List<Long> branchPoints() {
        List<Long> times = new ArrayList<>();
        forks.descendingIterator().forEachRemaining(fork -> times.add(fork.time()));
        return times;
    }
}
