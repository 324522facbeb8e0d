package org.clusterscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    @Test
    void sameSeedAndNameGiveTheSameDraws() {
        int[] a = draws(new RandomStreams(42), "net.loss");
        int[] b = draws(new RandomStreams(42), "net.loss");
        assertThat(a).containsExactly(b);
    }

    @Test
    void addingAStreamDoesNotShiftAnother() {
        RandomStreams quiet = new RandomStreams(7);
        int[] alone = draws(quiet, "node.n3.heartbeat");

        RandomStreams busy = new RandomStreams(7);
        draws(busy, "net.loss");
        draws(busy, "nemesis.shuffle");
        int[] withOthers = draws(busy, "node.n3.heartbeat");

        assertThat(withOthers).containsExactly(alone);
    }

    @Test
    void differentNamesAndSeedsDiffer() {
        assertThat(draws(new RandomStreams(1), "a")).isNotEqualTo(draws(new RandomStreams(1), "b"));
        assertThat(draws(new RandomStreams(1), "a")).isNotEqualTo(draws(new RandomStreams(2), "a"));
    }

    @Test
    void derivedSeedsAreFixedAcrossVersions() {
        // A change here changes every recorded trace: it must be deliberate.
        assertThat(RandomStreams.derive(1, "net.loss")).isEqualTo(RandomStreams.derive(1, "net.loss"));
        assertThat(new RandomStreams(1).fresh("net.loss").nextLong())
                .isEqualTo(new RandomStreams(1).stream("net.loss").nextLong());
    }

    private static int[] draws(RandomStreams streams, String name) {
        var random = streams.stream(name);
        return IntStream.range(0, 16).map(i -> random.nextInt(1_000_000)).toArray();
    }
}
