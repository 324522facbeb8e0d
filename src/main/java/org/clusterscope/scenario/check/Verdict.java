package org.clusterscope.scenario.check;

/** The outcome of one expectation. */
public enum Verdict {
    /** It held. */
    PASS,
    /** It did not hold; the result says what was seen instead. */
    FAIL,
    /** The run ended before its instant (a shortened {@code --for}), so it was not checked. */
    SKIP
}
