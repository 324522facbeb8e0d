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
    private Runnable onPulse = () -> { };

    public FxPump(Consumer<Batch> onBatch) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onPulse.run();
                if (driver != null) {
                    java.util.List<Batch> batches = driver.drainBatches();
                    if (!batches.isEmpty()) {
                        onBatch.accept(merged(batches));
                    }
                }
            }
        };
        timer.start();
    }

    /** All batches of one frame as one, so the view models update once per frame. */
    static Batch merged(java.util.List<Batch> batches) {
        if (batches.size() == 1) {
            return batches.get(0);
        }
        java.util.List<org.clusterscope.event.SimEvent> events = new java.util.ArrayList<>();
        java.util.List<StatsSample> samples = new java.util.ArrayList<>();
        java.util.List<Batch.AppliedCommand> faults = new java.util.ArrayList<>();
        java.util.List<CheckVerdict> verdicts = new java.util.ArrayList<>();
        java.util.List<OverlaySample> overlaySamples = new java.util.ArrayList<>();
        long through = -1;
        for (Batch batch : batches) {
            overlaySamples.addAll(batch.overlaySamples());
            through = Math.max(through, batch.through());
            events.addAll(batch.events());
            samples.addAll(batch.samples());
            faults.addAll(batch.faults());
            verdicts.addAll(batch.verdicts());
        }
        return new Batch(events, samples, faults, verdicts, overlaySamples, through);
    }

    /** Called on every pulse before the batches are handed over (the shown instant follows the frame). */
    public void setOnPulse(Runnable listener) {
        onPulse = listener;
    }

    /** Follows another driver from now on (after a reset); null to follow none. */
    public void follow(SimulationDriver newDriver) {
        driver = newDriver;
    }

    public void stop() {
        timer.stop();
    }
}
