package org.clusterscope.gui.observe;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.application.Platform;

import org.clusterscope.core.NodeState;
import org.clusterscope.runtime.ClusterObserver;
import org.clusterscope.testkit.ChildProcess;

/**
 * The observe story, run as a process of its own inside a private network namespace (multicast
 * between processes needs one, BUILD_NOTES.md "Real sockets in tests"): the observe window on the
 * headless toolkit, three {@code node} processes started beside it in the same namespace, one of
 * them killed, and, when its arguments give a command that starts one, a member of the Tcl
 * {@code cluster} package, drawn with its tags and no vote. Each step it sees is printed as one line ({@code DRAWN …}, {@code LOST …}) for
 * {@link ObserveWindowProcessTest} to wait on; a step not reached within the safety net prints
 * {@code FAIL …} and exits 1.
 */
public final class ObserveStory {

    private static final long PATIENCE_SECONDS = 90;

    private ObserveStory() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path temp = Files.createTempDirectory("observe-story");
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Platform.startup(() -> ready.complete(null));
        Platform.setImplicitExit(false);
        ready.get(60, TimeUnit.SECONDS);
        List<ChildProcess> nodes = new ArrayList<>();
        int status = 1;
        try {
            ObserveWindow window = onFx(() -> {
                try {
                    return ObserveWindow.open(new InetSocketAddress("230.230.230.230", 23000), 2_000_000L);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            for (int i = 1; i <= 3; i++) {
                nodes.add(ChildProcess.start("n" + i, ChildProcess.java(temp, "org.clusterscope.Main", List.of("node",
                        "--name", "n" + i, "--port", Integer.toString(8080 + i), "--heartbeat", "500", "--ttl", "2000",
                        "--tags", "t" + i))));
            }
            await("three members drawn, one of them master", () -> {
                List<ClusterObserver.Member> members = window.members().stream().filter(m -> !m.tcl()).toList();
                return members.size() == 3 && window.canvas().drawnAt().keySet().containsAll(List.of("n1", "n2", "n3"))
                        && members.stream().anyMatch(m -> m.state() == NodeState.MASTER)
                        && members.stream().allMatch(m -> m.tags().equals(List.of("t" + m.id().substring(1))));
            });
            if (args.length > 0) {
                nodes.add(ChildProcess.start("tcl member", List.of(args)));
                await("a Tcl member drawn with its tags", () -> window.members().stream()
                        .anyMatch(m -> m.tcl() && m.tags().contains("beta") && m.vote() == null
                                && window.canvas().drawnAt().containsKey(m.id())));
                System.out.println("TCL " + onFx(() -> window.members().stream().filter(ClusterObserver.Member::tcl)
                        .map(m -> m.id() + ":tags=" + m.tags()).toList()));
            }
            System.out.println("DRAWN " + onFx(() -> window.members().stream()
                    .filter(m -> !m.tcl())
                    .map(m -> m.id() + ":" + m.state().jsonName() + ":votes=" + m.vote() + ":tags=" + m.tags()).toList()));
            shot(window, "observe-drawn.png");
            nodes.get(2).crash();
            await("n3 lost by silence and drawn as lost", () -> window.goneIds().contains("n3")
                    && window.members().stream().noneMatch(m -> m.id().equals("n3"))
                    && window.lines().stream().anyMatch(line -> line.startsWith("n3 is lost")));
            System.out.println("LOST n3 " + onFx(() -> window.canvas().drawnAt().keySet()));
            shot(window, "observe-lost.png");
            onFx(() -> {
                window.close();
                return null;
            });
            status = 0;
        } catch (IllegalStateException failure) {
            System.out.println("FAIL " + failure.getMessage());
        } finally {
            nodes.forEach(ChildProcess::close);
            System.out.flush();
            Platform.exit();
        }
        System.exit(status);
    }

    /** With {@code -Dobserve.shots=DIR}, a picture of the window into DIR (for the user guide); else nothing. */
    private static void shot(ObserveWindow window, String name) throws Exception {
        String dir = System.getProperty("observe.shots");
        if (dir == null) {
            return;
        }
        // a beacon ring in the picture: wait until every member drawn has been heard again
        java.util.Map<String, Long> heard = onFx(() -> window.members().stream()
                .collect(java.util.stream.Collectors.toMap(ClusterObserver.Member::id,
                        ClusterObserver.Member::lastHeard)));
        await("a fresh beacon from every member", () -> window.members().stream()
                .allMatch(m -> m.lastHeard() > heard.getOrDefault(m.id(), Long.MIN_VALUE)));
        javafx.scene.image.WritableImage image = onFx(() -> window.stage().getScene().snapshot(null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(out, "png", Path.of(dir, name).toFile());
    }

    /**
     * Waits until {@code condition}, asked on the FX thread at every frame the toolkit draws, holds:
     * the wait ends on what the window shows, not on a clock. The patience is only a safety net
     * against a hang, as in the window stories.
     */
    private static void await(String what, BooleanSupplier condition) throws Exception {
        CompletableFuture<Void> held = new CompletableFuture<>();
        javafx.animation.AnimationTimer frames = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                if (condition.getAsBoolean()) {
                    stop();
                    held.complete(null);
                }
            }
        };
        Platform.runLater(frames::start);
        try {
            held.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException hang) {
            Platform.runLater(frames::stop);
            throw new IllegalStateException("waited " + PATIENCE_SECONDS + " s for: " + what);
        }
    }

    private static <T> T onFx(Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException failure) {
                result.completeExceptionally(failure);
            }
        });
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (Exception failure) {
            throw new IllegalStateException("the FX thread did not answer: " + failure, failure);
        }
    }
}
