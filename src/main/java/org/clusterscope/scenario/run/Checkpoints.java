package org.clusterscope.scenario.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Runs of one script left parked at some instant, so that going back starts from the latest one at
 * or before the target instead of from 0. A run cannot be copied, so a checkpoint serves once;
 * each holds a whole cluster, so only a few are kept and the earliest (which saves the least) goes
 * first. Not thread-safe: one owner calls it.
 */
public final class Checkpoints<T> {

    private final int capacity;
    private final ToLongFunction<T> instant;
    private final Consumer<T> onDrop;
    private final List<T> parked = new ArrayList<>();

    /** {@code instant} tells where a run stands; {@code onDrop} releases one that is no longer kept. */
    public Checkpoints(int capacity, ToLongFunction<T> instant, Consumer<T> onDrop) {
        this.capacity = capacity;
        this.instant = instant;
        this.onDrop = onDrop;
    }

    public void park(T run) {
        parked.add(run);
        while (parked.size() > capacity) {
            T earliest = parked.stream().min(Comparator.comparingLong(instant)).orElseThrow();
            parked.remove(earliest);
            onDrop.accept(earliest);
        }
    }

    /** Takes out the latest run at or before {@code time}, if one is parked. */
    public Optional<T> takeAtOrBefore(long time) {
        Optional<T> best = parked.stream().filter(run -> instant.applyAsLong(run) <= time)
                .max(Comparator.comparingLong(instant));
        best.ifPresent(parked::remove);
        return best;
    }

    /** Drops them all (the script changed: none of them belongs to it any more). */
    public void clear() {
        parked.forEach(onDrop);
        parked.clear();
    }
}
