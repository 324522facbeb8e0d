package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.animation.AnimationTimer;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The window stays responsive while the simulation runs flat out on its own thread. */
class ResponsivenessTest extends WindowTest {

    @Test
    void theFxThreadKeepsPulsingAtTopSpeed(FxRobot robot) throws InterruptedException {
        harness.openDemo(robot);
        List<Long> pulses = Collections.synchronizedList(new ArrayList<>());
        AnimationTimer[] timer = new AnimationTimer[1];
        robot.interact(() -> {
            harness.window.model().run().setSpeed(100);
            harness.window.model().run().play();
        });
        Thread.sleep(1_000); // the run is under way: nodes joined, code warmed up
        robot.interact(() -> {
            timer[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulses.add(System.nanoTime());
                }
            };
            timer[0].start();
        });
        Thread.sleep(3_000);
        robot.interact(() -> timer[0].stop());

        long simulated = harness.drawn().live().now();
        List<Long> gaps = new ArrayList<>();
        synchronized (pulses) {
            for (int i = 1; i < pulses.size(); i++) {
                gaps.add((pulses.get(i) - pulses.get(i - 1)) / 1_000_000);
            }
        }
        assertThat(simulated).as("virtual time ran far ahead of the wall clock").isGreaterThan(20_000_000);
        assertThat(gaps).as("pulses on the FX thread").hasSizeGreaterThan(60);
        System.out.println("FX pulse gaps over 3 s at 100x: " + gaps.size() + " pulses, longest "
                + Collections.max(gaps) + " ms");
        assertThat(Collections.max(gaps)).as("longest gap between two FX pulses, ms").isLessThan(100);
    }
}
