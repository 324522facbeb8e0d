package org.clusterscope.gui;

import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The stories that drive the real main window: each opens a fresh window on the primary stage
 * and leaves nothing running. (TestFX looks for {@code @Start} on the test class alone, so the
 * window is opened here through {@link FxToolkit} instead.)
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    WindowHarness harness;

    @BeforeEach
    void openWindow() throws TimeoutException {
        FxToolkit.setupStage(stage -> harness = WindowHarness.open(stage));
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        harness.close(robot);
    }
}
