package org.clusterscope.protocol.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.clusterscope.core.NodeId;
import org.junit.jupiter.api.Test;

/** The per-candidate vote counts an election keeps up to date vote by vote. */
class VoteTallyTest {

    private final VoteTally tally = new VoteTally();

    @Test
    void votesForEqualIdsCountTogetherWhicheverInstanceNamesThem() {
        tally.add(NodeId.of("n1"));
        tally.add(NodeId.of("n1"));
        tally.add(NodeId.of("n2"));
        tally.remove(NodeId.of("n1"));

        assertThat(tally.count(NodeId.of("n1"))).isEqualTo(1);
        assertThat(tally.count(NodeId.of("n2"))).isEqualTo(1);
        assertThat(tally.count(NodeId.of("n3"))).isZero();
        assertThat(tally.candidates()).containsExactlyInAnyOrder(NodeId.of("n1"), NodeId.of("n2"));
    }

    @Test
    void removingAVoteNobodyHoldsIsABug() {
        tally.add(NodeId.of("n1"));
        tally.remove(NodeId.of("n1"));

        assertThatThrownBy(() -> tally.remove(NodeId.of("n1"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tally.remove(NodeId.of("n9"))).isInstanceOf(IllegalStateException.class);
    }

    /** Votes moving between many candidates, as in a thousand-node start: growth and sweeps lose no count. */
    @Test
    void countsMatchAPlainMapThroughGrowthAndSweeps() {
        SplittableRandom random = new SplittableRandom(5);
        Map<NodeId, Integer> model = new HashMap<>();
        List<NodeId> held = new ArrayList<>();
        for (int step = 0; step < 50_000; step++) {
            if (held.isEmpty() || random.nextInt(3) > 0 && held.size() < 400) {
                NodeId vote = NodeId.of("n" + random.nextInt(300));
                tally.add(vote);
                held.add(vote);
                model.merge(vote, 1, Integer::sum);
            } else {
                NodeId vote = held.remove(random.nextInt(held.size()));
                tally.remove(NodeId.of(vote.value()));
                model.merge(vote, -1, Integer::sum);
            }
            if (step % 97 == 0) {
                for (int n = 0; n < 300; n++) {
                    NodeId id = NodeId.of("n" + n);
                    assertThat(tally.count(id)).as("votes for %s at step %d", id, step)
                            .isEqualTo(model.getOrDefault(id, 0));
                }
                assertThat(tally.candidates()).containsExactlyInAnyOrderElementsOf(
                        model.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList());
            }
        }
    }
}
