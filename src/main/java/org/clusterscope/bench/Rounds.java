package org.clusterscope.bench;

import java.util.function.LongToDoubleFunction;

/** The measuring rule the throughput figures share: warm-up rounds first, then the best round. */
final class Rounds {

    static final int WARM_UP = 3;
    static final int MEASURED = 5;

    private Rounds() {
    }

    /**
     * Runs {@code round} with seeds 0, 1, 2, … ({@link #WARM_UP} rounds to let the JIT settle,
     * then {@link #MEASURED} more) and returns the best of the measured rounds.
     */
    static double best(LongToDoubleFunction round) {
        double best = 0;
        for (int seed = 0; seed < WARM_UP + MEASURED; seed++) {
            double rate = round.applyAsDouble(seed);
            if (seed >= WARM_UP) {
                best = Math.max(best, rate);
            }
        }
        return best;
    }
}
