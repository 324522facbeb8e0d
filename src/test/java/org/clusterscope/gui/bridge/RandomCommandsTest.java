package org.clusterscope.gui.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.event.SimEvent;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.files.ScenarioSimulationFactory;
import org.clusterscope.net.LinkOverrides;
import org.clusterscope.net.NemesisPattern;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.NodeTarget;
import org.clusterscope.scenario.LinkPairs;
import org.clusterscope.scenario.ResolvedNode;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;

/**
 * Ten thousand random commands of the kinds the window sends to a running simulation, through
 * the same driver the window uses (its simulation thread and its batches), with no robot: kills
 * during partitions, restarts in the middle of votes, links taken down and reshaped while packets
 * fly, heals, steps, seeks and speed changes at any moment. No failure may escape (the driver
 * turns one into a "the simulation stopped" warning, which must never appear), and once every
 * fault is repaired the cluster settles on one master.
 */
class RandomCommandsTest {

    @Test
    void tenThousandRandomCommandsNeverBreakTheRunningSimulation() throws Exception {
        Scenario scenario = new ScenarioReader().read(Path.of("scenarios/clique-split-4-3.json"));
        List<NodeId> ids = scenario.roster().nodes().stream().map(ResolvedNode::id).map(NodeId::of).toList();
        Map<NodeId, Integer> ports = new LinkedHashMap<>();
        scenario.roster().nodes().forEach(n -> ports.put(NodeId.of(n.id()), n.port()));
        Map<LinkKey, LinkLive> links = new LinkedHashMap<>();
        List<List<NodeId>> pairs = new ArrayList<>();
        scenario.links().forEach(link -> LinkPairs.of(link).forEach(p -> {
            NodeId a = NodeId.of(p.get(0));
            NodeId b = NodeId.of(p.get(1));
            pairs.add(List.of(a, b));
            links.put(LinkKey.of(a, b), new LinkLive(true, false, 0, 0));
        }));
        RuntimeSimulationPort port = (RuntimeSimulationPort) new ScenarioSimulationFactory(() -> scenario).create();
        SimulationDriver driver = new SimulationDriver(port, new LiveWorld(ports, links)).start();
        List<String> stops = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(20261204L);
        try {
            for (int i = 0; i < 10_000; i++) {
                NodeId node = ids.get(random.nextInt(ids.size()));
                NodeTarget target = random.nextInt(5) == 0 ? NodeTarget.master() : NodeTarget.node(node);
                List<NodeId> pair = pairs.get(random.nextInt(pairs.size()));
                switch (random.nextInt(16)) {
                    case 0 -> driver.apply(new Command.Life(Command.LifeKind.KILL, target));
                    case 1 -> driver.apply(new Command.Life(Command.LifeKind.QUIT, target));
                    case 2 -> driver.apply(new Command.Life(Command.LifeKind.RESTART, target));
                    case 3, 4 -> driver.apply(new Command.Life(Command.LifeKind.START, NodeTarget.node(node)));
                    case 5 -> driver.apply(new Command.Partition(split(ids, random)));
                    case 6 -> driver.apply(new Command.Nemesis(
                            NemesisPattern.values()[random.nextInt(NemesisPattern.values().length)]));
                    case 7 -> driver.apply(new Command.Heal());
                    case 8 -> driver.apply(new Command.LinkDown(pair.get(0), pair.get(1)));
                    case 9 -> driver.apply(new Command.LinkUp(pair.get(0), pair.get(1)));
                    case 10 -> driver.apply(new Command.SetLink(pair.get(0), pair.get(1), new LinkOverrides(
                            (double) random.nextInt(200), (double) random.nextInt(50), random.nextInt(4) / 10.0)));
                    case 11 -> driver.step();
                    case 12 -> driver.runUntil(port.now() + random.nextLong(2_000_000));
                    case 13 -> driver.stepToRoleChange();
                    case 14 -> driver.setSpeed(0.1 + random.nextDouble() * 99.9);
                    default -> {
                        if (random.nextBoolean()) {
                            driver.play();
                        } else {
                            driver.pause();
                        }
                    }
                }
                if (i % 10 == 0) {
                    sync(driver);
                    collectStops(driver, stops);
                }
            }
            driver.pause();
            sync(driver);
            // repair everything, then give the cluster time to settle
            driver.apply(new Command.Heal());
            for (List<NodeId> pair : pairs) {
                driver.apply(new Command.LinkUp(pair.get(0), pair.get(1)));
                driver.apply(new Command.SetLink(pair.get(0), pair.get(1), new LinkOverrides(10.0, 2.0, 0.0)));
            }
            for (NodeId id : ids) {
                driver.apply(new Command.Life(Command.LifeKind.START, NodeTarget.node(id)));
            }
            sync(driver);
            long settleUntil = port.now() + 30_000_000L;
            driver.runUntil(settleUntil);
            // wait on virtual time itself: each round trip to the simulation thread lets it run on,
            // and a run that stops moving towards its target fails instead of hanging
            long before = -1;
            int stalled = 0;
            while (port.now() < settleUntil) {
                sync(driver);
                collectStops(driver, stops);
                stalled = port.now() == before ? stalled + 1 : 0;
                before = port.now();
                assertThat(stalled).as("virtual time stuck at %d µs on its way to %d", before, settleUntil)
                        .isLessThan(10_000);
            }
            sync(driver);
            collectStops(driver, stops);
            assertThat(stops).as("failures turned into warnings").isEmpty();
            List<NodeId> masters = new ArrayList<>();
            CountDownLatch read = new CountDownLatch(1);
            driver.onSimulationThread(() -> {
                ids.stream().filter(id -> port.simulation().state(id) == NodeState.MASTER).forEach(masters::add);
                read.countDown();
            });
            assertThat(read.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(masters).as("masters after every fault was repaired").hasSize(1);
        } finally {
            driver.close();
        }
    }

    private static void sync(SimulationDriver driver) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        driver.onSimulationThread(done::countDown);
        assertThat(done.await(60, TimeUnit.SECONDS)).as("the simulation thread answers").isTrue();
    }

    private static void collectStops(SimulationDriver driver, List<String> stops) {
        for (Batch batch : driver.drainBatches()) {
            for (SimEvent event : batch.events()) {
                if (event instanceof SimEvent.Warning warning && warning.text().startsWith("the simulation stopped")) {
                    stops.add(warning.text());
                }
            }
        }
    }

    private static List<List<NodeId>> split(List<NodeId> ids, SplittableRandom random) {
        List<NodeId> shuffled = new ArrayList<>(ids);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            NodeId swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        int cut = 1 + random.nextInt(shuffled.size() - 1);
        return List.of(List.copyOf(shuffled.subList(0, cut)), List.copyOf(shuffled.subList(cut, shuffled.size())));
    }
}
