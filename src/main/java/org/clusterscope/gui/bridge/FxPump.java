package org.clusterscope.gui.bridge;

import java.util.function.Consumer;

import javafx.animation.AnimationTimer;

/**
 * The FX-thread half of the thread crossing: on every pulse it takes the batches the
 * {@link SimulationDriver} published and hands them, in order, to the view models. The canvas
 * reads {@link SimulationDriver#latestFrame()} by itself.
 */
public final class FxPump {

    private final AnimationTimer timer;
    private SimulationDriver driver;

    public FxPump(Consumer<Batch> onBatch) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (driver != null) {
                    driver.drainBatches().forEach(onBatch);
                }
            }
        };
        timer.start();
    }

    /** Follows another driver from now on (after a reset); null to follow none. */
    public void follow(SimulationDriver newDriver) {
        driver = newDriver;
    }

    public void stop() {
        timer.stop();
    }
}
