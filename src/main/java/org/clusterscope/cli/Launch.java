package org.clusterscope.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command that starts this program again the way it was started this time (the same java,
 * the same jar or class path, by absolute paths), with other arguments: a replay line that works
 * when pasted into a shell, from any folder.
 */
final class Launch {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,@+-]+");

    private Launch() {
    }

    /** The command line, each word quoted for a POSIX shell when it needs to be. */
    static String command(List<String> arguments) {
        List<String> words = new ArrayList<>(program());
        words.addAll(arguments);
        return String.join(" ", words.stream().map(Launch::quote).toList());
    }

    /** {@code java -jar JAR}, or {@code java -cp PATH org.clusterscope.Main} when run from classes. */
    static List<String> program() {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Path location = null;
        try {
            location = Path.of(Launch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            // unknown: fall back on the class path below
        }
        if (location != null && Files.isRegularFile(location) && location.toString().endsWith(".jar")) {
            return List.of(javaCommand, "-jar", location.toAbsolutePath().toString());
        }
        List<String> path = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                path.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return List.of(javaCommand, "-cp", String.join(java.io.File.pathSeparator, path), "org.clusterscope.Main");
    }

    /** {@code word} as the shell reads it back: bare when plain, else in single quotes. */
    static String quote(String word) {
        if (!word.isEmpty() && PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
