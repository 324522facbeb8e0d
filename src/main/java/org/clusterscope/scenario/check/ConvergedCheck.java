package org.clusterscope.scenario.check;

import org.clusterscope.runtime.ClusterView;
import org.clusterscope.scenario.Expectation;

/** {@code { "by": t, "converged": true }}: all running nodes name one master. */
public record ConvergedCheck(Expectation.Converged expectation) implements TimedCheck {

    private static final Converged RULE = new Converged();

    @Override
    public ExpectationResult check(ClusterView sim) {
        String violation = RULE.violation(sim);
        return violation == null ? ExpectationResult.pass(expectation) : ExpectationResult.fail(expectation, violation);
    }
}
