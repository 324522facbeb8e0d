package org.clusterscope.gui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The last few scenario files opened or saved, newest first. Where the list is kept is a
 * {@link Store}: the user's preferences for the application, memory for tests and benchmarks,
 * which must never write the user's preferences.
 */
public final class RecentFiles {

    static final int MAX = 8;

    /** Where the list lives between two runs. */
    public interface Store {

        /** The paths kept, newest first (at most {@link RecentFiles#MAX}). */
        List<String> load();

        /** Replaces the paths kept with {@code paths}, newest first. */
        void save(List<String> paths);

        /** A window setting kept beside the list (View ▸ Text Size), or {@code fallback}. */
        String setting(String key, String fallback);

        void putSetting(String key, String value);
    }

    private final Store store;

    public RecentFiles(Store store) {
        this.store = store;
    }

    /** The list kept in {@code preferences}, under the keys {@code recent.0} … {@code recent.7}. */
    public RecentFiles(Preferences preferences) {
        this(new PreferencesStore(preferences));
    }

    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("org/clusterscope/gui"));
    }

    /** A list that lives in memory only and is gone with the window: for tests and benchmarks. */
    public static RecentFiles inMemory() {
        return new RecentFiles(new MemoryStore());
    }

    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (String value : store.load()) {
            if (paths.size() < MAX) {
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
        store.save(paths.stream().limit(MAX).map(Path::toString).toList());
    }

    /** The text size chosen in View ▸ Text Size: "small", "normal" or "large"; normal at first. */
    public String textSize() {
        return store.setting("textSize", "normal");
    }

    public void setTextSize(String size) {
        store.putSetting("textSize", size);
    }

    /** Keeps the list in memory. */
    static final class MemoryStore implements Store {

        private List<String> paths = List.of();
        private final java.util.Map<String, String> settings = new java.util.HashMap<>();

        @Override
        public String setting(String key, String fallback) {
            return settings.getOrDefault(key, fallback);
        }

        @Override
        public void putSetting(String key, String value) {
            settings.put(key, value);
        }

        @Override
        public List<String> load() {
            return paths;
        }

        @Override
        public void save(List<String> newPaths) {
            paths = List.copyOf(newPaths);
        }
    }

    /** Keeps the list in a preferences node, one key per place. */
    static final class PreferencesStore implements Store {

        private static final String KEY = "recent.";

        private final Preferences preferences;

        PreferencesStore(Preferences preferences) {
            this.preferences = preferences;
        }

        @Override
        public String setting(String key, String fallback) {
            return preferences.get(key, fallback);
        }

        @Override
        public void putSetting(String key, String value) {
            preferences.put(key, value);
        }

        @Override
        public List<String> load() {
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < MAX; i++) {
                String value = preferences.get(KEY + i, null);
                if (value != null) {
                    paths.add(value);
                }
            }
            return paths;
        }

        @Override
        public void save(List<String> paths) {
            for (int i = 0; i < MAX; i++) {
                if (i < paths.size()) {
                    preferences.put(KEY + i, paths.get(i));
                } else {
                    preferences.remove(KEY + i);
                }
            }
        }
    }
}
