package org.clusterscope.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration or instant of a scenario file, kept both as virtual microseconds (what the
 * simulation uses) and as the text it was written in, so a file saved back says {@code "10s"}
 * where its author wrote {@code "10s"} (SCENARIO_FORMAT.md "Durations").
 *
 * <p>Two spans are equal when they last the same number of microseconds, whatever their text:
 * {@code "10s"} equals {@code 10000}. A text made only of digits stands for a plain integer of
 * milliseconds and is written back as a JSON number.
 */
public record Span(long micros, String text) implements Comparable<Span> {

    /** The zero instant, the default start of a node. */
    public static final Span ZERO = new Span(0, "0s");

    /** A node's {@code "startAt": "never"}: it stays down until an event starts it. */
    public static final Span NEVER = new Span(Long.MAX_VALUE, "never");

    private static final Pattern TEXT = Pattern.compile("(\\d+)(?:\\.(\\d+))?(ms|s|m|h)");
    /** Digits past these cannot make a duration: hours of 19 digits overflow, and 10 decimals are below a microsecond. */
    private static final int MAX_WHOLE_DIGITS = 19;
    private static final int MAX_DECIMALS = 9;
    private static final long MICROS_PER_MS = 1_000L;

    public Span {
        Objects.requireNonNull(text, "text");
        if (micros < 0) {
            throw new IllegalArgumentException("negative duration " + text);
        }
    }

    /**
     * Parses a duration written with a unit: {@code 250ms}, {@code 10s}, {@code 2m}, {@code 1h}
     * (decimals allowed, down to whole microseconds).
     *
     * @throws IllegalArgumentException with a message fit for a user when the text is not one
     */
    public static Span parse(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("-")) {
            throw new IllegalArgumentException("a duration cannot be negative");
        }
        Matcher m = TEXT.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a duration such as \"250ms\", \"10s\", \"2m\" "
                    + "or an integer of milliseconds");
        }
        // the digits are counted before any arithmetic, so a text of a million zeros costs no more
        // than reading it (a BigDecimal of it would take seconds)
        String whole = m.group(1).replaceFirst("^0+(?=\\d)", "");
        String decimals = m.group(2) == null ? "" : m.group(2).replaceFirst("0+$", "");
        if (whole.length() > MAX_WHOLE_DIGITS) {
            throw new IllegalArgumentException("the duration is too long");
        }
        if (decimals.length() > MAX_DECIMALS) {
            throw new IllegalArgumentException("a duration is counted in whole microseconds");
        }
        BigDecimal amount = new BigDecimal(decimals.isEmpty() ? whole : whole + "." + decimals);
        BigDecimal micros = amount.multiply(BigDecimal.valueOf(unitMicros(m.group(3))));
        if (micros.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("a duration is counted in whole microseconds");
        }
        if (micros.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
            throw new IllegalArgumentException("the duration is too long");
        }
        return new Span(micros.longValueExact(), trimmed);
    }

    /**
     * Parses a duration typed by a person, in a text field of the window or an option of the
     * command line: what {@link #parse} accepts, a space before the unit ({@code 12 s}), or a
     * plain integer, which means milliseconds here as it does in scenario files.
     *
     * @throws IllegalArgumentException with a message fit for a user, naming the accepted forms
     */
    public static Span parseInput(String text) {
        String trimmed = text.strip();
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(Character::isDigit)) {
            try {
                return ofMillis(Long.parseLong(trimmed));
            } catch (NumberFormatException tooLong) {
                throw new IllegalArgumentException("the duration is too long");
            }
        }
        return parse(trimmed.replaceFirst("^(\\d+(?:\\.\\d+)?)\\s+(ms|s|m|h)$", "$1$2"));
    }

    /** What a field or option that takes a duration shows as its hint. */
    public static final String INPUT_HINT = "e.g. 12s, 1500ms, 2m (a bare number is milliseconds)";

    /** A plain integer of milliseconds, as the format allows instead of a string. */
    public static Span ofMillis(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("a duration cannot be negative");
        }
        if (millis > Long.MAX_VALUE / 2 / MICROS_PER_MS) {
            throw new IllegalArgumentException("the duration is too long");
        }
        return new Span(millis * MICROS_PER_MS, Long.toString(millis));
    }

    /** A span with the shortest exact text: {@code 2m}, {@code 10s}, {@code 250ms}, {@code 1.5ms}. */
    public static Span ofMicros(long micros) {
        return new Span(micros, canonicalText(micros));
    }

    /**
     * A span as a person would write it, for times a person chose (a fault applied by hand):
     * rounded to the millisecond, in seconds from one second up ({@code 14.06s}, {@code 2m},
     * {@code 250ms}), never {@code 14060.121ms}.
     */
    public static Span ofMicrosForPeople(long micros) {
        long rounded = Math.round(micros / (double) MICROS_PER_MS) * MICROS_PER_MS;
        if (rounded < 1_000_000L || rounded % 60_000_000L == 0) {
            return ofMicros(rounded);
        }
        return new Span(rounded, BigDecimal.valueOf(rounded / MICROS_PER_MS, 3).stripTrailingZeros().toPlainString() + "s");
    }

    /** Whether this span was written as a plain integer of milliseconds. */
    public boolean isPlainMillis() {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }

    public boolean isNever() {
        return micros == Long.MAX_VALUE;
    }

    /** Whole milliseconds, for plain-integer output. */
    public long millis() {
        return micros / MICROS_PER_MS;
    }

    static String canonicalText(long micros) {
        if (micros == 0) {
            return "0s";
        }
        if (micros % 60_000_000L == 0) {
            return micros / 60_000_000L + "m";
        }
        if (micros % 1_000_000L == 0) {
            return micros / 1_000_000L + "s";
        }
        if (micros % MICROS_PER_MS == 0) {
            return micros / MICROS_PER_MS + "ms";
        }
        return BigDecimal.valueOf(micros, 3).stripTrailingZeros().toPlainString() + "ms";
    }

    private static long unitMicros(String unit) {
        return switch (unit) {
            case "ms" -> MICROS_PER_MS;
            case "s" -> 1_000_000L;
            case "m" -> 60_000_000L;
            default -> 3_600_000_000L;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Span span && span.micros == micros;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(micros);
    }

    @Override
    public int compareTo(Span other) {
        return Long.compare(micros, other.micros);
    }

    @Override
    public String toString() {
        return text;
    }
}
