package org.clusterscope.protocol.election;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as a majority when votes are counted (PROTOCOL.md §3). */
class CountResultTest {

    @Test
    void exactlyHalfIsAMajority() {
        assertThat(CountResult.isMajority(2, 4)).isTrue();
        assertThat(CountResult.isMajority(2, 5)).isFalse();
        assertThat(CountResult.isMajority(3, 5)).isTrue();
        assertThat(CountResult.isMajority(1, 1)).isTrue();
    }
}
