package org.clusterscope.net.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterscope.net.sim.NetworkFixture.id;

import java.util.List;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.SimTime;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.sim.NetworkFixture.Text;
import org.clusterscope.testkit.Golden;
import org.clusterscope.testkit.SemanticTrace;

class DeterminismTest {

    /** Thirty nodes on a seeded random graph with jitter and loss: floods, messages, a nemesis, a heal, a crash. */
    static NetworkFixture story(long seed) {
        return story(seed, 30, 20);
    }

    static NetworkFixture story(long seed, int count, int rounds) {
        NetworkFixture net = new NetworkFixture(seed, new LinkSettings(10, 4, 0.05));
        String[] names = new String[count];
        for (int i = 0; i < names.length; i++) {
            names[i] = "n" + (i + 1);
        }
        net.nodes(names);
        RandomGenerator wiring = net.engine.random().fresh("test.wiring");
        for (int i = 0; i < names.length; i++) {
            net.link(names[i], names[(i + 1) % names.length]);
            net.link(names[i], names[wiring.nextInt(names.length)]);
        }
        for (int round = 0; round < rounds; round++) {
            int at = round;
            net.engine.schedule(SimTime.ms(50L * round), () -> {
                net.transport(names[at % names.length]).broadcast(new Text("beacon"), 6);
                net.transport(names[(at * 7) % names.length]).send(id(names[(at * 13 + 5) % names.length]),
                        new Text("data"));
            });
        }
        net.engine.schedule(SimTime.ms(300), () -> net.network.nemesis(new Nemesis.RandomHalves()));
        net.engine.schedule(SimTime.ms(420), () -> net.stop("n4"));
        net.engine.schedule(SimTime.ms(600), () -> net.network.heal());
        net.engine.schedule(SimTime.ms(700), () -> net.network.nemesis(new Nemesis.MajoritiesRing()));
        net.runFor(SimTime.seconds(2));
        return net;
    }

    @Test
    void theSameSeedGivesTheSameEventsTwice() {
        NetworkFixture first = story(42);
        NetworkFixture second = story(42);

        assertThat(first.recorded).hasSizeGreaterThan(1_000);
        assertThat(second.recorded).isEqualTo(first.recorded);
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        assertThat(story(43).recorded).isNotEqualTo(story(42).recorded);
    }

    @Test
    void theEventsAreTheGoldenOnesInAnyJvm() {
        // twelve nodes and sixteen rounds keep the file small; every kind of event and fault is in it
        NetworkFixture net = story(42, 12, 16);
        SemanticTrace trace = new SemanticTrace();
        net.recorded.forEach(trace::onEvent);

        List<String> lines = trace.lines();
        assertThat(lines).anyMatch(line -> line.contains("\"type\":\"packet.dropped\""))
                .anyMatch(line -> line.contains("\"type\":\"partition\""));
        Golden.assertMatches("net/story.seed42.12nodes.txt", lines);
    }
}
