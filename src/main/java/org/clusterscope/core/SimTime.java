package org.clusterscope.core;

/**
 * Virtual time. Every instant and duration inside the simulation is a {@code long} count of
 * <em>microseconds</em> since the start of the run; this class converts and formats them.
 * Microseconds leave room for sub-millisecond jitter while staying exact integers, so the
 * order of events never depends on floating-point rounding.
 */
public final class SimTime {

    public static final long MICROS_PER_MS = 1_000L;
    public static final long MICROS_PER_SECOND = 1_000_000L;

    private SimTime() {
    }

    public static long ms(long millis) {
        return Math.multiplyExact(millis, MICROS_PER_MS);
    }

    public static long ms(double millis) {
        return Math.round(millis * MICROS_PER_MS);
    }

    public static long seconds(long seconds) {
        return Math.multiplyExact(seconds, MICROS_PER_SECOND);
    }

    /** Whole milliseconds of a virtual instant, rounded down. */
    public static long toMs(long micros) {
        return Math.floorDiv(micros, MICROS_PER_MS);
    }

    /** Milliseconds as a decimal number, exact to the microsecond. */
    public static double toMsExact(long micros) {
        return micros / (double) MICROS_PER_MS;
    }

    /**
     * A short human form for logs: {@code 12.345s}, with trailing zeros removed ({@code 10s},
     * {@code 0.02s}); microsecond precision is kept when present.
     */
    public static String format(long micros) {
        String sign = micros < 0 ? "-" : "";
        long abs = Math.abs(micros);
        long whole = abs / MICROS_PER_SECOND;
        long frac = abs % MICROS_PER_SECOND;
        if (frac == 0) {
            return sign + whole + "s";
        }
        String digits = String.format(java.util.Locale.ROOT, "%06d", frac).replaceAll("0+$", "");
        return sign + whole + "." + digits + "s";
    }

    /**
     * As {@link #format}, rounded to the millisecond ({@code 0.148s}, not {@code 0.148199s}): for
     * what a person reads beside the clock, where the microseconds are noise. Traces and logs keep
     * {@link #format}.
     */
    public static String formatMillis(long micros) {
        return format(Math.floorDiv(micros + MICROS_PER_MS / 2, MICROS_PER_MS) * MICROS_PER_MS);
    }
}
