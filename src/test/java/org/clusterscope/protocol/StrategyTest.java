package org.clusterscope.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clusterscope.core.NodeId;
import org.junit.jupiter.api.Test;

/** How candidates rank (PROTOCOL.md §3 rule 1). */
class StrategyTest {

    private static final NodeId A = NodeId.of("a");
    private static final NodeId B = NodeId.of("b");

    @Test
    void portRanksTheLowestPortFirst() {
        assertThat(Strategy.PORT.key(8081, 500)).isEqualTo(8081);
        assertThat(Strategy.ranksBefore(Strategy.PORT.key(8082, 0), B, Strategy.PORT.key(8083, 0), A)).isTrue();
    }

    @Test
    void timeRanksTheEarliestBirthFirst() {
        assertThat(Strategy.TIME.key(8081, 500)).isEqualTo(500);
        assertThat(Strategy.ranksBefore(Strategy.TIME.key(9000, 10), B, Strategy.TIME.key(8000, 20), A)).isTrue();
    }

    @Test
    void tiesGoToTheSmallerIdComparedAsStrings() {
        assertThat(Strategy.ranksBefore(5, A, 5, B)).isTrue();
        assertThat(Strategy.ranksBefore(5, B, 5, A)).isFalse();
        assertThat(Strategy.ranksBefore(5, A, 5, A)).isFalse();
        assertThat(Strategy.ranksBefore(5, NodeId.of("n10"), 5, NodeId.of("n9"))).isTrue();
    }

    @Test
    void namesAreThoseOfTheScenarioFile() {
        assertThat(Strategy.parse("port")).isEqualTo(Strategy.PORT);
        assertThat(Strategy.parse("time")).isEqualTo(Strategy.TIME);
        assertThat(Strategy.TIME.jsonName()).isEqualTo("time");
        assertThatThrownBy(() -> Strategy.parse("age")).hasMessage("unknown strategy 'age' (expected port or time)");
    }
}
