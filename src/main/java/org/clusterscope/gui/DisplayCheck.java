package org.clusterscope.gui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the window can open here, decided before the JavaFX toolkit starts. On Linux the
 * toolkit needs an X11 or Wayland display; without one it fails with a long stack trace that
 * tells a user nothing, so the launcher refuses in one line instead. The headless Monocle
 * platform ({@code -Dglass.platform=Monocle}, as the tests run) needs no display.
 *
 * <p>The environment, the system name and the platform are passed in, so the rule is tested
 * without touching the real environment.
 *
 * @param environment the process environment ({@code System.getenv()})
 * @param osName the {@code os.name} system property
 * @param glassPlatform the {@code glass.platform} system property, or null when unset
 */
public record DisplayCheck(Map<String, String> environment, String osName, String glassPlatform) {

    /** The one line printed when there is no display to open the window on. */
    public static final String NO_DISPLAY = "clusterscope: no display to open the window on (set DISPLAY or"
            + " WAYLAND_DISPLAY); use xvfb-run -a java -jar target/clusterscope.jar, or the command-line"
            + " modes run, validate, fuzz";

    /** The one line printed when the toolkit cannot load GTK 3. */
    public static final String NO_GTK = "clusterscope: the window needs GTK 3 (Debian: apt-get install libgtk-3-0"
            + " libxtst6 libxxf86vm1 libgl1); the command-line modes run, validate, fuzz need none";

    /** The check for this process. */
    public static DisplayCheck ofThisProcess() {
        return new DisplayCheck(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"));
    }

    /** True when the toolkit has somewhere to open a window, as far as can be told before it starts. */
    public boolean hasDisplay() {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux") || "monocle".equalsIgnoreCase(glassPlatform)) {
            return true;
        }
        return isSet("DISPLAY") || isSet("WAYLAND_DISPLAY");
    }

    private boolean isSet(String name) {
        String value = environment.get(name);
        return value != null && !value.isBlank();
    }

    /**
     * The line that explains a toolkit start-up failure (a display named but not reachable, or GTK
     * missing), if {@code failure} is one of those; empty for any other failure.
     */
    public static Optional<String> explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof UnsupportedOperationException && message.contains("Unable to open DISPLAY")) {
                return Optional.of(NO_DISPLAY);
            }
            if (cause instanceof UnsupportedOperationException && message.contains("Unable to load glass GTK library")) {
                return Optional.of(NO_GTK);
            }
        }
        return Optional.empty();
    }
}
