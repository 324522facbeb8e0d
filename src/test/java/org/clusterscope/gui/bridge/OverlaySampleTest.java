package org.clusterscope.gui.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.clusterscope.gui.files.ScenarioSimulationFactory;
import org.clusterscope.scenario.io.ScenarioReader;

/** The overlay chart's samples measure the public ring as the overlay expectations do (PROTOCOL.md §8). */
class OverlaySampleTest {

    @Test
    void thePublicRingsDegreesRiseAboveTheRingsTwoAndItsDiameterFallsBelowTen() throws Exception {
        var scenario = new ScenarioReader().read(Path.of("scenarios", "tezt-public-ring.json"));
        SimulationPort port = new ScenarioSimulationFactory(() -> scenario).create();
        assertThat(port.publicMode()).isTrue();
        port.runUntil(500_000);
        OverlaySample start = port.overlaySample();
        assertThat(start.maxDegree()).isEqualTo(2);
        assertThat(start.diameter()).isEqualTo(10);
        port.runUntil(25_000_000);
        OverlaySample meshed = port.overlaySample();
        assertThat(meshed.maxDegree()).isGreaterThan(2);
        assertThat(meshed.minDegree()).isGreaterThanOrEqualTo(2);
        assertThat(meshed.diameter()).isBetween(1, 5);
        assertThat(port.overlayNodes()).hasSize(20);
    }

    @Test
    void batchesMergedForOneFrameKeepTheirOverlaySamples() {
        OverlaySample first = new OverlaySample(1_000_000, 2, 2.0, 2, 10);
        OverlaySample second = new OverlaySample(2_000_000, 3, 4.0, 6, 4);
        Batch merged = FxPump.merged(java.util.List.of(
                new Batch(java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                        java.util.List.of(first), -1),
                new Batch(java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                        java.util.List.of(second), -1)));
        assertThat(merged.overlaySamples()).containsExactly(first, second);
    }
}
