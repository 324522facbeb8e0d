package org.clusterscope.gui.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.files.ScenarioSimulationFactory;
import org.clusterscope.scenario.LinkPairs;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;

/**
 * The driver says how fast the run really goes, measured on the wall clock it is paced by: a
 * test clock here, moved by hand or costing time on every look, so the figures do not depend on
 * the machine.
 */
class ActualSpeedTest {

    private SimulationDriver driver;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void aRunThatKeepsUpGoesAtTheRequestedSpeed() throws Exception {
        SteppedClock clock = new SteppedClock(0);
        driver = driver(clock);
        driver.setSpeed(10);
        driver.play();
        sync();
        assertThat(driver.actualSpeed()).as("nothing measured yet").isNaN();
        for (int second = 1; second <= 3; second++) {
            clock.advance(1_000_000_000L);
            long virtual = second * 10_000_000L;
            // a tick that began before the clock moved may answer first: wait for the one after it
            for (int i = 0; i < 100_000 && driver.latestFrame().now() < virtual; i++) {
                sync();
            }
            assertThat(driver.latestFrame().now()).as("virtual time after %d wall s at 10x", second).isEqualTo(virtual);
        }
        assertThat(driver.actualSpeed()).isEqualTo(10.0);

        driver.pause();
        sync();
        assertThat(driver.actualSpeed()).as("a paused run has no speed").isNaN();
    }

    @Test
    void aRunThatCannotKeepUpSaysHowFastItReallyGoes() throws Exception {
        // every look at the clock finds 4 ms gone: a 12 ms slice simulates two 5 ms chunks at most
        SteppedClock clock = new SteppedClock(4_000_000L);
        driver = driver(clock);
        driver.setSpeed(100);
        driver.play();
        for (int i = 0; i < 100_000 && Double.isNaN(driver.actualSpeed()); i++) {
            sync();
        }
        double actual = driver.actualSpeed();
        assertThat(actual).as("measured").isNotNaN();
        assertThat(actual).as("virtual seconds per wall second").isGreaterThan(0.05).isLessThan(1.0);

        // the frames move on at that pace: the time between two frames matches it, not the 100× asked for
        LiveFrame first = driver.latestFrame();
        LiveFrame next = first;
        for (int i = 0; i < 100_000 && next.wallNanos() - first.wallNanos() < 1_000_000_000L; i++) {
            sync();
            next = driver.latestFrame();
        }
        double pace = (next.now() - first.now()) * 1_000.0 / (next.wallNanos() - first.wallNanos());
        assertThat(pace).isBetween(actual * 0.5, actual * 2);
        assertThat(next.speed()).as("the requested speed").isEqualTo(100.0);
    }

    private void sync() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        driver.onSimulationThread(done::countDown);
        assertThat(done.await(60, TimeUnit.SECONDS)).as("the simulation thread answers").isTrue();
    }

    private static SimulationDriver driver(WallClock clock) throws Exception {
        Scenario scenario = new ScenarioReader().read(Path.of("scenarios/ring-kill-master.json"));
        Map<NodeId, Integer> ports = new LinkedHashMap<>();
        scenario.roster().nodes().forEach(n -> ports.put(NodeId.of(n.id()), n.port()));
        Map<LinkKey, LinkLive> links = new LinkedHashMap<>();
        scenario.links().forEach(link -> LinkPairs.of(link).forEach(p ->
                links.put(LinkKey.of(NodeId.of(p.get(0)), NodeId.of(p.get(1))), new LinkLive(true, false, 0, 0))));
        SimulationPort port = new ScenarioSimulationFactory(() -> scenario).create();
        return new SimulationDriver(port, new LiveWorld(ports, links), clock).start();
    }
}
