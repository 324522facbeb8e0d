package org.clusterscope.scenario.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Runs of one script left parked at some instant, so that going back starts from the latest one at
 * or before the target instead of from 0. Each holds a whole cluster, so what they weigh together
 * is capped: over the cap, the least useful goes first, the one whose neighbours are closest (the
 * gap its loss leaves is the smallest), so the survivors stay spread over the run. Not thread-safe:
 * one owner calls it.
 */
public final class Checkpoints<T> {

    private final int capacity;
    private final long budget;
    private final ToLongFunction<T> instant;
    private final ToLongFunction<T> weight;
    private final Consumer<T> onDrop;
    /** In time order. */
    private final List<T> parked = new ArrayList<>();

    /** At most {@code capacity} runs that weigh at most {@code budget} together, each {@code weight} (bytes). */
    public Checkpoints(int capacity, long budget, ToLongFunction<T> instant, ToLongFunction<T> weight,
            Consumer<T> onDrop) {
        this.capacity = capacity;
        this.budget = budget;
        this.instant = instant;
        this.weight = weight;
        this.onDrop = onDrop;
    }

    public void park(T run) {
        int at = 0;
        while (at < parked.size() && instant.applyAsLong(parked.get(at)) <= instant.applyAsLong(run)) {
            at++;
        }
        parked.add(at, run);
        while (parked.size() > capacity || (parked.size() > 1 && weight() > budget)) {
            onDrop.accept(parked.remove(leastUseful()));
        }
        if (weight() > budget) {
            onDrop.accept(parked.remove(0)); // one alone over the cap
        }
    }

    /**
     * The one whose loss leaves the smallest gap (the latest counts twice the gap to the one before
     * it, as if the next were as far again); among equals the one at the least round instant, so
     * that thinning a regular grid leaves every other one, not a cluster.
     */
    private int leastUseful() {
        int worst = 0;
        long smallest = Long.MAX_VALUE;
        for (int i = 0; i < parked.size(); i++) {
            long at = instant.applyAsLong(parked.get(i));
            long before = i == 0 ? 0 : instant.applyAsLong(parked.get(i - 1));
            long gap = i == parked.size() - 1 ? 2 * (at - before) : instant.applyAsLong(parked.get(i + 1)) - before;
            if (gap < smallest || (gap == smallest && Long.numberOfTrailingZeros(at)
                    < Long.numberOfTrailingZeros(instant.applyAsLong(parked.get(worst))))) {
                smallest = gap;
                worst = i;
            }
        }
        return worst;
    }

    /** What the runs parked weigh together. */
    public long weight() {
        long total = 0;
        for (T run : parked) {
            total += weight.applyAsLong(run);
        }
        return total;
    }

    /** The latest run at or before {@code time}, left parked (to be copied). */
    public Optional<T> peekAtOrBefore(long time) {
        return parked.stream().filter(run -> instant.applyAsLong(run) <= time).max(Comparator.comparingLong(instant));
    }

    /** The instants of the runs parked, in time order. */
    public List<Long> instants() {
        return parked.stream().map(run -> instant.applyAsLong(run)).toList();
    }

    /** Drops those after {@code time} (the run forked there: their future is no longer the one shown). */
    public void dropAfter(long time) {
        List<T> later = parked.stream().filter(run -> instant.applyAsLong(run) > time).toList();
        parked.removeAll(later);
        later.forEach(onDrop);
    }

    /** Drops them all (the script changed: none of them belongs to it any more). */
    public void clear() {
        parked.forEach(onDrop);
        parked.clear();
    }

    public int size() {
        return parked.size();
    }
}
