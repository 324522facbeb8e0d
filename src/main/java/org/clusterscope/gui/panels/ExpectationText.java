package org.clusterscope.gui.panels;

import java.util.stream.Collectors;

import org.clusterscope.gui.doc.Words;
import org.clusterscope.scenario.Expectation;

/** An expectation in plain words, e.g. "by 8s: n1 is master of all running nodes". */
public final class ExpectationText {

    private ExpectationText() {
    }

    public static String of(Expectation expectation) {
        if (expectation instanceof Expectation.Master e) {
            return "by " + e.by() + ": " + e.master() + " is master"
                    + (e.among() == null ? " of all running nodes" : " among " + String.join(", ", e.among()));
        }
        if (expectation instanceof Expectation.NoMaster e) {
            return "by " + e.by() + ": no master among " + String.join(", ", e.nodes());
        }
        if (expectation instanceof Expectation.States e) {
            return "by " + e.by() + ": " + e.states().entrySet().stream()
                    .map(entry -> entry.getKey() + " " + entry.getValue().jsonName()).collect(Collectors.joining(", "));
        }
        if (expectation instanceof Expectation.Masters e) {
            return "by " + e.by() + ": exactly " + Words.count(e.count(), "master");
        }
        if (expectation instanceof Expectation.Converged e) {
            return "by " + e.by() + ": all running nodes name one master";
        }
        if (expectation instanceof Expectation.Record e) {
            return "by " + e.by() + ": " + e.node() + " holds " + e.group() + "/" + e.key() + " = " + e.value();
        }
        if (expectation instanceof Expectation.NoRecord e) {
            return "by " + e.by() + ": " + e.node() + " has no " + e.group() + "/" + e.key();
        }
        if (expectation instanceof Expectation.Overlay e) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            if (e.minDegree() != null) {
                parts.add("every running node has at least " + Words.count(e.minDegree(), "link"));
            }
            if (e.maxDegree() != null) {
                parts.add("every running node has at most " + Words.count(e.maxDegree(), "link"));
            }
            if (e.connected() != null) {
                parts.add(e.connected() ? "the running nodes are connected" : "the running nodes are not connected");
            }
            if (e.maxDiameter() != null) {
                parts.add("no two running nodes are more than " + Words.count(e.maxDiameter(), "hop") + " apart");
            }
            return "by " + e.by() + ": " + String.join(", ", parts);
        }
        if (expectation instanceof Expectation.Degree e) {
            return "by " + e.by() + ": " + e.degrees().entrySet().stream()
                    .map(entry -> entry.getKey() + " has " + Words.count(entry.getValue(), "link"))
                    .collect(Collectors.joining(", "));
        }
        if (expectation instanceof Expectation.Always e) {
            return "always: " + words(String.valueOf(e.invariant())) + (e.from() == null ? "" : " from " + e.from())
                    + (e.grace() == null ? "" : ", grace " + e.grace());
        }
        return expectation.toString();
    }

    /**
     * An invariant's file name in words ("atMostOneMasterPerComponent" → "at most one master per
     * component"): one long word cannot wrap in a narrow panel and would be broken mid-word.
     */
    static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
