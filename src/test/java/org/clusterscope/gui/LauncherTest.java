package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * Without a display the app says so in one line and exits 2, instead of the toolkit's stack
 * trace. The environment is handed to the check, never changed in this JVM.
 */
class LauncherTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicBoolean launched = new AtomicBoolean();

    private int open(DisplayCheck check, Runnable launch) {
        return Launcher.open(check, new PrintStream(err, true, StandardCharsets.UTF_8), () -> {
            launched.set(true);
            launch.run();
        });
    }

    private String errLines() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anEmptyEnvironmentOnLinuxIsRefusedInOneLineWithExitTwo() {
        int status = open(new DisplayCheck(Map.of(), "Linux", null), () -> { });

        assertThat(status).isEqualTo(2);
        assertThat(launched).isFalse();
        assertThat(errLines()).isEqualTo(DisplayCheck.NO_DISPLAY + System.lineSeparator());
        assertThat(DisplayCheck.NO_DISPLAY)
                .contains("no display", "xvfb-run -a java -jar target/clusterscope.jar", "run, validate, fuzz")
                .doesNotContain("\n");
    }

    @Test
    void blankDisplayVariablesCountAsUnset() {
        DisplayCheck check = new DisplayCheck(Map.of("DISPLAY", "", "WAYLAND_DISPLAY", " "), "Linux", null);

        assertThat(open(check, () -> { })).isEqualTo(2);
        assertThat(launched).isFalse();
    }

    @Test
    void anX11OrWaylandDisplayLetsTheWindowOpen() {
        assertThat(new DisplayCheck(Map.of("DISPLAY", ":0"), "Linux", null).hasDisplay()).isTrue();
        assertThat(new DisplayCheck(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null).hasDisplay()).isTrue();

        assertThat(open(new DisplayCheck(Map.of("DISPLAY", ":0"), "Linux", null), () -> { })).isEqualTo(0);
        assertThat(launched).isTrue();
        assertThat(errLines()).isEmpty();
    }

    @Test
    void monocleAndOtherSystemsNeedNoDisplayVariable() {
        assertThat(new DisplayCheck(Map.of(), "Linux", "Monocle").hasDisplay()).isTrue();
        assertThat(new DisplayCheck(Map.of(), "Mac OS X", null).hasDisplay()).isTrue();
        assertThat(new DisplayCheck(Map.of(), "Windows 11", null).hasDisplay()).isTrue();
    }

    @Test
    void aDisplayTheToolkitCannotOpenGivesTheSameLine() {
        // the toolkit's own failure when DISPLAY names a display that is not there
        int status = open(new DisplayCheck(Map.of("DISPLAY", ":77"), "Linux", null), () -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        });

        assertThat(status).isEqualTo(2);
        assertThat(errLines()).isEqualTo(DisplayCheck.NO_DISPLAY + System.lineSeparator());
    }

    @Test
    void missingGtkIsNamedInOneLine() {
        int status = open(new DisplayCheck(Map.of("DISPLAY", ":0"), "Linux", null), () -> {
            throw new UnsupportedOperationException("Unable to load glass GTK library.");
        });

        assertThat(status).isEqualTo(2);
        assertThat(errLines()).isEqualTo(DisplayCheck.NO_GTK + System.lineSeparator())
                .contains("libgtk-3-0");
    }

    @Test
    void anyOtherFailureIsNotHidden() {
        IllegalStateException bug = new IllegalStateException("a bug in the window");

        assertThatThrownBy(() -> open(new DisplayCheck(Map.of("DISPLAY", ":0"), "Linux", null), () -> {
            throw bug;
        })).isSameAs(bug);
        assertThat(errLines()).isEmpty();
    }
}
