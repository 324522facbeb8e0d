package org.clusterscope.gui.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for the GUI benchmarks, which run from the command line where no
 * {@code Application} is launched. Without a display it picks the headless Monocle platform with
 * software rendering, so that {@code bench --only gui} works on a build server too.
 */
final class FxToolkit {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private FxToolkit() {
    }

    static synchronized void start() throws InterruptedException {
        if (STARTED.get()) {
            return;
        }
        String display = System.getenv("DISPLAY");
        if ((display == null || display.isBlank()) && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            Platform.startup(() -> ready.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            ready.complete(null);
        }
        Platform.setImplicitExit(false);
        try {
            ready.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException failure) {
            throw new IllegalStateException("the JavaFX toolkit did not start: " + failure.getMessage(), failure);
        }
        STARTED.set(true);
    }

    /** Runs {@code task} on the FX thread and waits for its result. */
    static <T> T onFx(Supplier<T> task) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException failure) {
                result.completeExceptionally(failure);
            }
        });
        try {
            return result.get(300, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException failure) {
            throw new IllegalStateException("the benchmark failed or timed out on the FX thread: " + failure, failure);
        }
    }
}
