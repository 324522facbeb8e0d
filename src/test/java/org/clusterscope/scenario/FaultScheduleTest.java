package org.clusterscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.clusterscope.scenario.io.ScenarioReader;
import org.clusterscope.scenario.io.ScenarioWriter;

/** Fault schedules: a pure function of the seed, repaired in time, and valid scenario events. */
class FaultScheduleTest {

    private final Scenario ring;

    FaultScheduleTest() throws Exception {
        ring = new ScenarioReader().read(Path.of("scenarios/ring-kill-master.json"));
    }

    @Test
    void theSameSeedGivesTheSameFaultsAndNeighbouringSeedsDiffer() {
        assertThat(FaultSchedule.faults(ring, 42)).isEqualTo(FaultSchedule.faults(ring, 42));
        assertThat(FaultSchedule.faults(ring, 42)).isNotEqualTo(FaultSchedule.faults(ring, 43));
    }

    @Test
    void everyFaultComesWithItsRepairAndAllIsRepairedBySeventyPercentOfTheRun() {
        for (long seed = 0; seed < 200; seed++) {
            List<EventDef> faults = FaultSchedule.faults(ring, seed);
            assertThat(faults.size()).as("seed %d", seed).isBetween(1, 8);
            assertThat(FaultSchedule.draw(ring, seed, java.util.EnumSet.allOf(FaultKind.class)))
                    .allMatch(f -> (f.repair() == null) == (f.kind() == FaultKind.RESTART));
            assertThat(faults).allMatch(e -> e.at().micros() >= 2_000_000 && e.at().micros() <= 28_000_000);
            assertThat(faults).isSortedAccordingTo(java.util.Comparator.comparing(EventDef::at));
        }
    }

    @Test
    void aFuzzedScenarioIsAValidScenarioFile() throws Exception {
        for (long seed = 0; seed < 50; seed++) {
            Scenario fuzzed = FaultSchedule.apply(ring, seed);
            String json = new ScenarioWriter().toJson(fuzzed);

            assertThat(new ScenarioReader().read("fuzzed-" + seed + ".json", json)).isEqualTo(fuzzed);
            assertThat(fuzzed.seed()).isEqualTo(seed);
        }
    }

    @Test
    void aScheduleNeverTakesDownANodeTwiceNorStartsARunningOne() throws Exception {
        Scenario clique = new ScenarioReader().read(Path.of("scenarios/clique-split-4-3.json"));
        for (long seed = 0; seed < 500; seed++) {
            java.util.Map<String, Boolean> down = new java.util.HashMap<>();
            boolean networkCut = false;
            for (EventDef event : FaultSchedule.faults(clique, seed)) {
                org.clusterscope.runtime.Command command = event.command();
                if (command instanceof org.clusterscope.runtime.Command.Life life) {
                    String node = life.target().toString();
                    switch (life.kind()) {
                        case KILL, QUIT -> assertThat(down.put(node, true)).as("seed %d: %s", seed, event)
                                .isNotEqualTo(Boolean.TRUE);
                        case START -> assertThat(down.put(node, false)).as("seed %d: %s", seed, event)
                                .isEqualTo(Boolean.TRUE);
                        default -> assertThat(down.get(node)).as("seed %d: %s", seed, event).isNotEqualTo(Boolean.TRUE);
                    }
                } else if (command instanceof org.clusterscope.runtime.Command.Heal) {
                    assertThat(networkCut).as("seed %d", seed).isTrue();
                    networkCut = false;
                } else if (command instanceof org.clusterscope.runtime.Command.Partition
                        || command instanceof org.clusterscope.runtime.Command.Nemesis) {
                    assertThat(networkCut).as("seed %d: %s", seed, event).isFalse();
                    networkCut = true;
                }
            }
        }
    }

    @Test
    void onlyTheChosenKindsAreDrawn() {
        for (long seed = 0; seed < 200; seed++) {
            for (FaultSchedule.Fault fault : FaultSchedule.draw(ring, seed,
                    java.util.EnumSet.of(FaultKind.KILL, FaultKind.PARTITION))) {
                assertThat(fault.kind()).isIn(FaultKind.KILL, FaultKind.PARTITION);
            }
        }
    }
}
