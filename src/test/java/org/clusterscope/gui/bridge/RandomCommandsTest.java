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

import javafx.geometry.Point2D;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.event.SimEvent;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.doc.LinkSettingsValue;
import org.clusterscope.gui.editor.EditorViewModel;
import org.clusterscope.gui.editor.Selection;
import org.clusterscope.gui.editor.ShapeKind;
import org.clusterscope.gui.files.ScenarioDocument;
import org.clusterscope.gui.files.ScenarioSimulationFactory;
import org.clusterscope.net.LinkOverrides;
import org.clusterscope.net.NemesisPattern;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.NodeTarget;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;

/**
 * Ten thousand random commands of the kinds the window sends to a running simulation, through
 * the same driver the window uses (its simulation thread and its batches), with no robot: kills
 * during partitions, restarts in the middle of votes, links taken down and reshaped while packets
 * fly, heals, steps, seeks and speed changes at any moment. Now and then the user stops the
 * run, as the window requires before the topology changes, deletes nodes and links, adds and
 * wires new ones, undoes and redoes, and plays the edited topology from the start; undo and
 * delete tried while a run is live change nothing. No failure may escape (the driver turns one
 * into a "the simulation stopped" warning, which must never appear); undoing every edit gives
 * back the file's topology exactly, and once every fault is repaired the cluster settles on
 * one master.
 */
class RandomCommandsTest {

    private final EditorViewModel editor = new EditorViewModel();
    private final List<String> stops = new ArrayList<>();
    private Scenario base;
    private RuntimeSimulationPort port;
    private SimulationDriver driver;

    @Test
    void tenThousandRandomCommandsNeverBreakTheRunningSimulation() throws Exception {
        Scenario file = new ScenarioReader().read(Path.of("scenarios/clique-split-4-3.json"));
        // the file's own faults and expectations name nodes the user may delete: the random commands are the faults
        base = file.withEvents(List.of()).withExpect(List.of());
        editor.load(ScenarioDocument.title(file), ScenarioDocument.nodes(file), ScenarioDocument.links(file));
        List<DocNode> fileNodes = editor.document().nodes();
        List<DocLink> fileLinks = editor.document().links();
        SplittableRandom random = new SplittableRandom(20261204L);
        int edits = 0;
        startRun();
        try {
            for (int i = 0; i < 10_000; i++) {
                if (i == 9_000) {
                    // the last thousand commands run on the file's topology again, every edit undone
                    stopRun();
                    while (editor.canUndoProperty().get()) {
                        editor.undo();
                    }
                    assertThat(editor.document().nodes()).as("nodes after undoing every edit").isEqualTo(fileNodes);
                    assertThat(editor.document().links()).as("links after undoing every edit").isEqualTo(fileLinks);
                    startRun();
                }
                List<NodeId> ids = editor.document().nodes().stream().map(DocNode::id).toList();
                List<DocLink> links = editor.document().links();
                NodeId node = ids.get(random.nextInt(ids.size()));
                NodeTarget target = random.nextInt(5) == 0 ? NodeTarget.master() : NodeTarget.node(node);
                LinkKey pair = links.isEmpty() ? null : links.get(random.nextInt(links.size())).key();
                int kind = random.nextInt(i < 9_000 ? 18 : 16);
                if (pair == null && kind >= 8 && kind <= 10) {
                    kind = 11;
                }
                switch (kind) {
                    case 0 -> driver.apply(new Command.Life(Command.LifeKind.KILL, target));
                    case 1 -> driver.apply(new Command.Life(Command.LifeKind.QUIT, target));
                    case 2 -> driver.apply(new Command.Life(Command.LifeKind.RESTART, target));
                    case 3, 4 -> driver.apply(new Command.Life(Command.LifeKind.START, NodeTarget.node(node)));
                    case 5 -> driver.apply(new Command.Partition(split(ids, random)));
                    case 6 -> driver.apply(new Command.Nemesis(
                            NemesisPattern.values()[random.nextInt(NemesisPattern.values().length)]));
                    case 7 -> driver.apply(new Command.Heal());
                    case 8 -> driver.apply(new Command.LinkDown(pair.a(), pair.b()));
                    case 9 -> driver.apply(new Command.LinkUp(pair.a(), pair.b()));
                    case 10 -> driver.apply(new Command.SetLink(pair.a(), pair.b(), new LinkOverrides(
                            (double) random.nextInt(200), (double) random.nextInt(50), random.nextInt(4) / 10.0)));
                    case 11 -> driver.step();
                    case 12 -> driver.runUntil(port.now() + random.nextLong(2_000_000));
                    case 13 -> driver.stepToRoleChange();
                    case 14 -> driver.setSpeed(0.1 + random.nextDouble() * 99.9);
                    case 15 -> {
                        if (random.nextBoolean()) {
                            driver.play();
                        } else {
                            driver.pause();
                        }
                    }
                    case 16 -> triesToEditWhileRunning(node, random);
                    default -> {
                        if (random.nextInt(8) == 0) {
                            stopRun();
                            edits += editStopped(random, 1 + random.nextInt(6));
                            startRun();
                        }
                    }
                }
                if (i % 10 == 0) {
                    sync();
                    collectStops();
                }
            }
            assertThat(edits).as("edits made between runs").isGreaterThan(100);
            driver.pause();
            sync();
            // repair everything, then give the cluster time to settle
            List<NodeId> ids = editor.document().nodes().stream().map(DocNode::id).toList();
            driver.apply(new Command.Heal());
            for (DocLink link : editor.document().links()) {
                driver.apply(new Command.LinkUp(link.key().a(), link.key().b()));
                driver.apply(new Command.SetLink(link.key().a(), link.key().b(), new LinkOverrides(10.0, 2.0, 0.0)));
            }
            for (NodeId id : ids) {
                driver.apply(new Command.Life(Command.LifeKind.START, NodeTarget.node(id)));
            }
            sync();
            long settleUntil = port.now() + 30_000_000L;
            driver.runUntil(settleUntil);
            // wait on virtual time itself: each round trip to the simulation thread lets it run on,
            // and a run that stops moving towards its target fails instead of hanging
            long before = -1;
            int stalled = 0;
            while (port.now() < settleUntil) {
                sync();
                collectStops();
                stalled = port.now() == before ? stalled + 1 : 0;
                before = port.now();
                assertThat(stalled).as("virtual time stuck at %d µs on its way to %d", before, settleUntil)
                        .isLessThan(10_000);
            }
            sync();
            collectStops();
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

    /** Plays the topology as the editor has it now, from time 0, with the editor locked, as Play does. */
    private void startRun() {
        editor.setEditable(false);
        Scenario scenario = ScenarioDocument.save(base, editor.document().title(), editor.document().nodes(),
                editor.document().links(), List.of());
        Map<NodeId, Integer> ports = new LinkedHashMap<>();
        editor.document().nodes().forEach(n -> ports.put(n.id(), n.port()));
        Map<LinkKey, LinkLive> live = new LinkedHashMap<>();
        editor.document().links().forEach(link -> live.put(link.key(), new LinkLive(true, false, 0, 0)));
        port = (RuntimeSimulationPort) new ScenarioSimulationFactory(() -> scenario).create();
        driver = new SimulationDriver(port, new LiveWorld(ports, live)).start();
    }

    /** Reset: the run is thrown away and the topology editable again. */
    private void stopRun() throws InterruptedException {
        driver.pause();
        sync();
        collectStops();
        driver.close();
        editor.setEditable(true);
    }

    /** A delete, an undo or a redo tried while the run is live changes nothing in the topology. */
    private void triesToEditWhileRunning(NodeId node, SplittableRandom random) {
        List<DocNode> nodes = editor.document().nodes();
        List<DocLink> links = editor.document().links();
        switch (random.nextInt(3)) {
            case 0 -> {
                editor.selectOnly(node);
                editor.deleteSelection();
            }
            case 1 -> editor.undo();
            default -> editor.redo();
        }
        assertThat(editor.document().nodes()).as("nodes after an edit tried while running").isEqualTo(nodes);
        assertThat(editor.document().links()).as("links after an edit tried while running").isEqualTo(links);
    }

    /** {@code count} random edits of a stopped run: deletes, adds, links, link settings, undo, redo. */
    private int editStopped(SplittableRandom random, int count) {
        for (int k = 0; k < count; k++) {
            List<DocNode> nodes = editor.document().nodes();
            List<DocLink> links = editor.document().links();
            switch (random.nextInt(7)) {
                case 0 -> {
                    // never the last two nodes: a run needs someone to elect
                    if (nodes.size() > 3) {
                        editor.selectOnly(nodes.get(random.nextInt(nodes.size())).id());
                        editor.deleteSelection();
                        assertThat(editor.document().nodes()).hasSize(nodes.size() - 1);
                    }
                }
                case 1 -> {
                    if (!links.isEmpty()) {
                        editor.select(Selection.ofLink(links.get(random.nextInt(links.size())).key()));
                        editor.deleteSelection();
                    }
                }
                case 2 -> {
                    if (nodes.size() < 14) {
                        List<NodeId> added = editor.addNodesAs(1 + random.nextInt(3),
                                ShapeKind.values()[random.nextInt(ShapeKind.values().length)], new Point2D(400, 300));
                        editor.link(added.get(0), nodes.get(random.nextInt(nodes.size())).id());
                    }
                }
                case 3 -> editor.link(nodes.get(random.nextInt(nodes.size())).id(),
                        nodes.get(random.nextInt(nodes.size())).id());
                case 4 -> {
                    if (!links.isEmpty()) {
                        editor.editLink(links.get(random.nextInt(links.size())).key(), new LinkSettingsValue(
                                (double) random.nextInt(100), (double) random.nextInt(20), random.nextInt(3) / 10.0, true));
                    }
                }
                case 5 -> editor.undo();
                default -> editor.redo();
            }
        }
        return count;
    }

    private void sync() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        driver.onSimulationThread(done::countDown);
        assertThat(done.await(60, TimeUnit.SECONDS)).as("the simulation thread answers").isTrue();
    }

    private void collectStops() {
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
