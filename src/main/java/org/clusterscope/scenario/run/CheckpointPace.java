package org.clusterscope.scenario.run;

/**
 * When a run parks a checkpoint as it passes: at a whole virtual second, once a grid step of
 * virtual time ({@link #GRID_MICROS}) or a number of events ({@link #GRID_STEPS}) has passed since
 * the last one, whichever comes first. The start of a big run is busy (hundreds of nodes discovering
 * each other run millions of events in a few seconds), so its checkpoints come closer there and a
 * seek back still runs a bounded amount of work. The window's grid and the headless
 * {@link RunCursor} both keep their checkpoints by this rule.
 */
public final class CheckpointPace {

    /** The grid step: a checkpoint every this many virtual microseconds, at most. */
    public static final long GRID_MICROS = 5_000_000;
    /** ... or every this many events, whichever comes first. */
    public static final long GRID_STEPS = 1_000_000;
    /** Checkpoints are taken at whole virtual seconds only. */
    public static final long CANDIDATE_MICROS = 1_000_000;
    /** The rule of the window and of {@code run --report}. */
    public static final CheckpointPace DEFAULT = new CheckpointPace(GRID_MICROS, GRID_STEPS);

    private final long gridMicros;
    private final long gridSteps;

    /** A checkpoint every {@code gridMicros} of virtual time or every {@code gridSteps} events, whichever first. */
    public CheckpointPace(long gridMicros, long gridSteps) {
        if (gridMicros < CANDIDATE_MICROS || gridMicros % CANDIDATE_MICROS != 0) {
            throw new IllegalArgumentException("the grid step must be whole virtual seconds: " + gridMicros);
        }
        if (gridSteps <= 0) {
            throw new IllegalArgumentException("the event count must be positive: " + gridSteps);
        }
        this.gridMicros = gridMicros;
        this.gridSteps = gridSteps;
    }

    /** The first instant after {@code now} where a checkpoint may be taken. */
    public static long nextCandidate(long now) {
        return (now / CANDIDATE_MICROS + 1) * CANDIDATE_MICROS;
    }

    /** The way of one run that passed a checkpoint (its own, or one parked there already) at {@code at}, {@code steps} events in. */
    public Passage from(long at, long steps) {
        return new Passage(at, steps);
    }

    /** Where one run last passed a checkpoint. Not thread-safe: the thread that runs the run asks it. */
    public final class Passage {
        private long lastAt;
        private long lastSteps;

        private Passage(long at, long steps) {
            lastAt = at;
            lastSteps = steps;
        }

        /**
         * Whether a checkpoint is due at candidate instant {@code at}, the run having run {@code steps}
         * events; a due one counts as passed, whether it is taken or one is there already.
         */
        public boolean due(long at, long steps) {
            boolean due = at - lastAt >= gridMicros || steps - lastSteps >= gridSteps;
            if (due) {
                lastAt = at;
                lastSteps = steps;
            }
            return due;
        }
    }
}
