package org.clusterscope.cli;

/** Exit statuses of the scenario commands (SCENARIO_FORMAT.md "The command line"). */
final class ExitCodes {

    /** Every expectation held; every file was valid; no fuzz run failed. */
    static final int OK = 0;
    /** An expectation or invariant failed. */
    static final int FAILED = 1;
    /** The file or the arguments are invalid, or the scenario needs what this version cannot run. */
    static final int INVALID = 2;

    private ExitCodes() {
    }
}
