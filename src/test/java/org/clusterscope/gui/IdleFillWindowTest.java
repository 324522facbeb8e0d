package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;
import org.clusterscope.gui.bridge.SteppedClock;
import org.clusterscope.scenario.run.CheckpointPace;

/**
 * The idle fill builds the checkpoint grid only while the run stands still: a run played makes no
 * checkpoints, pausing starts the fill, playing again stops it at once (its run goes not one
 * virtual second further beside the run being played), and the next pause takes it up again from
 * the checkpoints it left. The wall clock is moved by hand, so the story is the same on any machine.
 */
class IdleFillWindowTest extends WindowTest {

    @Test
    void theFillStopsWhileTheRunPlaysAndTakesUpAgainWhenItStandsStill(FxRobot robot) throws Exception {
        harness.openDemo(robot);
        var run = harness.window.model().run();
        SteppedClock clock = new SteppedClock(0);
        robot.interact(() -> {
            run.setWallClock(clock);
            run.setSpeed(100);
            run.play();
        });
        clock.advance(300_000_000L); // 0.3 wall seconds at 100×: 30 virtual seconds
        WindowHarness.waitUntil("30 s played and in the log", () -> run.frame().now() == 30_000_000
                && run.frontierProperty().get() > 30_000_000);
        assertThat(run.checkpointInstants()).as("playing parks no checkpoint").isEmpty();

        // the fill's run (the first driver built once the run pauses) is held at its first event at 12 s
        AtomicBoolean armed = new AtomicBoolean(true);
        FillGate.AT_TWELVE_SECONDS.arm();
        robot.interact(() -> run.addDriverListener(driver -> {
            if (armed.getAndSet(false)) {
                driver.subscribe(FillGate.AT_TWELVE_SECONDS);
            }
        }));
        robot.interact(run::pause);
        FillGate.AT_TWELVE_SECONDS.awaitHeld();
        WindowHarness.waitUntil("the fill's first checkpoints parked",
                () -> run.checkpointInstants().equals(List.of(5_000_000L, 10_000_000L)));

        // play: the fill is stopped where it stands, before the run moves on
        robot.interact(run::play);
        FillGate.AT_TWELVE_SECONDS.release();
        WindowHarness.waitUntil("the fill's run ended", () -> !FillGate.AT_TWELVE_SECONDS.heldThread().isAlive());
        assertThat(FillGate.AT_TWELVE_SECONDS.lastHeard()).as("the last event the fill ran, µs")
                .isBetween(12_000_000L, 13_000_000L);
        clock.advance(100_000_000L); // on to 40 s while the fill stays stopped
        WindowHarness.waitUntil("40 s played and in the log", () -> run.frame().now() == 40_000_000
                && run.frontierProperty().get() > 40_000_000);
        assertThat(run.checkpointInstants()).containsExactly(5_000_000L, 10_000_000L);

        // standing still again: the fill goes on from the checkpoint at 10 s to where the run got
        robot.interact(run::pause);
        List<Long> grid = new ArrayList<>();
        for (long at = CheckpointPace.GRID_MICROS; at <= 40_000_000; at += CheckpointPace.GRID_MICROS) {
            grid.add(at);
        }
        WindowHarness.waitUntil("the grid filled to 40 s", () -> run.checkpointInstants().equals(grid));
        assertThat(run.frame().now()).isEqualTo(40_000_000);
    }

    /**
     * Holds the first run that hears an event at or after 12 s there until released, and then notes
     * how far that run goes. An enum, so that the checkpoints its run parks (which copy the listeners
     * subscribed to it) share it instead of copying it; any other run passes through.
     */
    private enum FillGate implements SimListener {
        AT_TWELVE_SECONDS;

        private volatile CountDownLatch held;
        private volatile CountDownLatch released;
        private volatile Thread heldThread;
        private volatile long lastHeard;

        void arm() {
            held = new CountDownLatch(1);
            released = new CountDownLatch(1);
            heldThread = null;
            lastHeard = -1;
        }

        @Override
        public void onEvent(SimEvent event) {
            if (heldThread == null && event.time() >= 12_000_000) {
                heldThread = Thread.currentThread();
                held.countDown();
                try {
                    released.await(WindowHarness.SAFETY_NET_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            if (Thread.currentThread() == heldThread) {
                lastHeard = event.time();
            }
        }

        void awaitHeld() throws InterruptedException {
            assertThat(held.await(WindowHarness.SAFETY_NET_SECONDS, TimeUnit.SECONDS))
                    .as("the fill's run reached 12 s").isTrue();
        }

        void release() {
            released.countDown();
        }

        Thread heldThread() {
            return heldThread;
        }

        long lastHeard() {
            return lastHeard;
        }
    }
}
