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
            assertThat(faults.size()).as("seed %d", seed).isBetween(2, 8).matches(n -> n % 2 == 0);
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
}
