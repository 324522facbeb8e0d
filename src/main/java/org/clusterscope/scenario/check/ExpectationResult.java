package org.clusterscope.scenario.check;

import java.util.Objects;

import org.clusterscope.scenario.Expectation;

/**
 * The verdict on one expectation and, unless it passed, what was seen instead:
 * {@code FAIL by 18s master n2: n3 names n2, n4 names none (joining)}.
 */
public record ExpectationResult(Expectation expectation, Verdict verdict, String detail) {

    public ExpectationResult {
        Objects.requireNonNull(expectation, "expectation");
        Objects.requireNonNull(verdict, "verdict");
        detail = detail == null ? "" : detail;
    }

    public static ExpectationResult pass(Expectation expectation) {
        return new ExpectationResult(expectation, Verdict.PASS, "");
    }

    public static ExpectationResult fail(Expectation expectation, String detail) {
        return new ExpectationResult(expectation, Verdict.FAIL, detail);
    }

    public boolean passed() {
        return verdict == Verdict.PASS;
    }

    public boolean failed() {
        return verdict == Verdict.FAIL;
    }

    /** The line the command line prints. */
    public String line() {
        String text = verdict + " " + Wording.of(expectation);
        return detail.isEmpty() ? text : text + ": " + detail;
    }

    @Override
    public String toString() {
        return line();
    }
}
