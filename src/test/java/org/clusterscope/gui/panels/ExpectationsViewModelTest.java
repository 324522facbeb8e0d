package org.clusterscope.gui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.Span;
import org.clusterscope.scenario.Expectation;

class ExpectationsViewModelTest {

    @Test
    void aDeadlineMarkShowsTheOutcomeOnceItIsKnown() {
        ExpectationsViewModel model = new ExpectationsViewModel();
        model.load(List.of(new Expectation.Masters(Span.parse("8s"), 1), new Expectation.Converged(Span.parse("8s")),
                new Expectation.Masters(Span.parse("20s"), 1)));
        assertThat(model.outcomeAt(8_000_000)).isEqualTo("✓?");

        model.verdict(0, ExpectationRow.Status.PASS, "");
        assertThat(model.outcomeAt(8_000_000)).as("one of the two due at 8 s still open").isEqualTo("✓?");
        model.verdict(1, ExpectationRow.Status.PASS, "");
        assertThat(model.outcomeAt(8_000_000)).isEqualTo("✓");

        model.verdict(2, ExpectationRow.Status.FAIL, "two masters");
        assertThat(model.outcomeAt(20_000_000)).isEqualTo("✘");
    }
}
