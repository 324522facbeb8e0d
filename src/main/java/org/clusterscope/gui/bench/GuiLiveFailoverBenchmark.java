package org.clusterscope.gui.bench;

import java.util.Arrays;
import java.util.List;

import javafx.stage.Stage;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.bench.Benchmark;
import org.clusterscope.gui.App;
import org.clusterscope.gui.bridge.NodeLive;
import org.clusterscope.gui.canvas.DrawModel;
import org.clusterscope.gui.files.DocumentSession;
import org.clusterscope.gui.files.RecentFiles;
import org.clusterscope.runtime.Command;
import org.clusterscope.scenario.Scenario;

/**
 * {@code live.gui.failover_ms}: the default demo (five nodes in a ring, heartbeat 1 s, ttl
 * 3.5 s) run on real sockets in the main window (Simulation ▸ Run on Real Sockets), its own
 * timed faults left out; once n1 is drawn as master, wall ms from the kill applied in the window
 * to the first frame the canvas draws with another node as master. Everything a user waits for:
 * the silence before the survivors lose n1 (up to ttl), their election, the events crossing to
 * the window and the frame. Median of 3 fresh windows.
 */
public final class GuiLiveFailoverBenchmark implements Benchmark {

    private static final int ROUNDS = 3;
    private static final long PATIENCE_NANOS = 60_000_000_000L;
    private static final NodeId N1 = NodeId.of("n1");

    @Override
    public String name() {
        return "live.gui.failover_ms";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public double measure() throws Exception {
        FxToolkit.start();
        double[] rounds = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            rounds[r] = round();
        }
        Arrays.sort(rounds);
        return rounds[ROUNDS / 2];
    }

    private static double round() throws InterruptedException {
        App.MainWindow window = FxToolkit.onFx(() -> {
            App.MainWindow opened = App.MainWindow.open(new Stage(), RecentFiles.inMemory());
            opened.session().openResource(DocumentSession.DEFAULT_DEMO);
            Scenario demo = opened.session().currentScenario();
            opened.session().openScenario(new Scenario(demo.format(), demo.name(), demo.title(), demo.description(),
                    demo.seed(), demo.runFor(), demo.protocol(), demo.network(), demo.nodes(), demo.groups(),
                    demo.links(), List.of(), demo.expect(), demo.gdb()));
            opened.controller().fitToWindow();
            opened.controller().runLive();
            return opened;
        });
        try {
            await(window, "n1 drawn as master", drawn -> masterOf(drawn) != null && masterOf(drawn).equals(N1));
            long killed = FxToolkit.onFx(() -> {
                window.model().apply(Command.kill(N1));
                return System.nanoTime();
            });
            long drawnAt = await(window, "a new master drawn", drawn -> {
                NodeId master = masterOf(drawn);
                return master != null && !master.equals(N1);
            });
            return (drawnAt - killed) / 1e6;
        } finally {
            FxToolkit.onFx(() -> {
                window.controller().dispose();
                ((Stage) window.scene().getWindow()).close();
                return null;
            });
        }
    }

    private static NodeId masterOf(DrawModel drawn) {
        if (drawn == null) {
            return null;
        }
        for (NodeLive node : drawn.live().nodes().values()) {
            if (node.state() == NodeState.MASTER) {
                return node.id();
            }
        }
        return null;
    }

    /** Polls the canvas's last frame every millisecond; returns the wall instant the condition was first seen. */
    private static long await(App.MainWindow window, String what, java.util.function.Predicate<DrawModel> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (System.nanoTime() < deadline) {
            if (condition.test(window.controller().canvas().lastDrawn())) {
                return System.nanoTime();
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("waited 60 s for " + what);
    }
}
