package org.clusterscope.gui.panels;

/** One expectation of the scenario as the panel shows it: its words, its status and what was seen. */
public record ExpectationRow(String text, Status status, String detail) {

    public enum Status { PENDING, PASS, FAIL }
}
