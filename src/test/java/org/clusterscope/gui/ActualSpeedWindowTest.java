package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Labeled;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import org.clusterscope.core.SimTime;
import org.clusterscope.gui.bridge.SteppedClock;

/**
 * A run asked for 100× on a machine that cannot keep up: the toolbar says how fast it really
 * goes, and the canvas, the clock and the timeline show one and the same instant. The machine's
 * slowness is a wall clock on which every look finds 4 ms gone, so the story is the same on any
 * machine.
 */
class ActualSpeedWindowTest extends WindowTest {

    @Test
    void aRunThatCannotKeepUpShowsItsActualSpeedAndCanvasClockAndTimelineShowOneInstant(FxRobot robot) {
        harness.openDemo(robot);
        var run = harness.window.model().run();
        robot.interact(() -> {
            run.setWallClock(new SteppedClock(4_000_000L));
            run.setSpeed(100);
            run.play();
        });
        Labeled speed = robot.lookup("#speedLabel").queryAs(Labeled.class);
        Labeled clock = robot.lookup("#clockLabel").queryAs(Labeled.class);
        WindowHarness.waitUntil("the actual speed beside the requested one", () -> speed.getText().contains("actual"));
        assertThat(speed.getText()).matches("100× \\(actual 0\\.[0-9]+×\\)");

        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            robot.interact(() -> {
                var drawn = harness.drawn();
                long shown = drawn.drawTime();
                seen.add(clock.getText());
                assertThat(clock.getText()).as("the clock shows the canvas's instant")
                        .startsWith(String.format(Locale.ROOT, "t = %.3f s", SimTime.toMsExact(shown) / 1000));
                assertThat(harness.window.controller().timeline().drawnNow())
                        .as("the timeline's marker at the canvas's instant").isEqualTo(shown);
                // the picture glides on at the actual speed: never seconds ahead of the frame it shows
                assertThat(shown - drawn.live().now()).as("drawn ahead of the frame, µs").isBetween(0L, 40_000L);
            });
            long before = harness.drawn().live().now();
            WindowHarness.waitUntil("the run moving on", () -> harness.drawn().live().now() > before);
        }
        assertThat(seen).as("the clock moved").doesNotHaveDuplicates();
    }
}
