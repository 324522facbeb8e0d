package org.clusterscope.gui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last few scenario files opened or saved, newest first, kept in the user's preferences. */
public final class RecentFiles {

    private static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Preferences preferences;

    public RecentFiles(Preferences preferences) {
        this.preferences = preferences;
    }

    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("org/clusterscope/gui"));
    }

    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = preferences.get(KEY + i, null);
            if (value != null) {
                paths.add(Path.of(value));
            }
        }
        return paths;
    }

    /** Moves {@code path} to the top of the list. */
    public void add(Path path) {
        List<Path> paths = new ArrayList<>(list());
        Path absolute = path.toAbsolutePath().normalize();
        paths.remove(absolute);
        paths.add(0, absolute);
        for (int i = 0; i < MAX; i++) {
            if (i < paths.size()) {
                preferences.put(KEY + i, paths.get(i).toString());
            } else {
                preferences.remove(KEY + i);
            }
        }
    }
}
