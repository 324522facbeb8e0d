package org.clusterscope.gui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;

import org.junit.jupiter.api.Test;

/** Open Recent: the last eight files, newest first, each once, wherever the list is kept. */
class RecentFilesTest {

    @Test
    void theNewestFileComesFirstAndReopeningOneMovesItUp() {
        RecentFiles recent = RecentFiles.inMemory();
        Path a = Path.of("/work/a.json");
        Path b = Path.of("/work/b.json");

        recent.add(a);
        recent.add(b);
        assertThat(recent.list()).containsExactly(b, a);

        recent.add(a);
        assertThat(recent.list()).as("once each").containsExactly(a, b);
    }

    @Test
    void pathsAreKeptAbsoluteAndNormalisedSoOneFileIsOneEntry() {
        RecentFiles recent = RecentFiles.inMemory();
        Path file = Path.of("scenarios/ring.json");

        recent.add(file);
        recent.add(Path.of("scenarios/../scenarios/./ring.json"));

        assertThat(recent.list()).containsExactly(file.toAbsolutePath().normalize());
    }

    @Test
    void onlyTheLastEightAreKept() {
        RecentFiles recent = RecentFiles.inMemory();
        for (int i = 1; i <= 10; i++) {
            recent.add(Path.of("/work/f" + i + ".json"));
        }

        assertThat(recent.list()).hasSize(8).first().isEqualTo(Path.of("/work/f10.json"));
        assertThat(recent.list()).last().isEqualTo(Path.of("/work/f3.json"));
    }

    @Test
    void inPreferencesTheListIsOneKeyPerPlaceAndReadsBackInANewSession() {
        MemoryPreferences preferences = new MemoryPreferences();
        RecentFiles first = new RecentFiles(preferences);
        first.add(Path.of("/work/a.json"));
        first.add(Path.of("/work/b.json"));

        assertThat(preferences.values).containsExactly(Map.entry("recent.0", "/work/b.json"),
                Map.entry("recent.1", "/work/a.json"));
        assertThat(new RecentFiles(preferences).list()).containsExactly(Path.of("/work/b.json"), Path.of("/work/a.json"));
    }

    /** A preferences node that lives in memory: the test never touches the user's preferences. */
    static final class MemoryPreferences extends AbstractPreferences {

        final Map<String, String> values = new LinkedHashMap<>();

        MemoryPreferences() {
            super(null, "");
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return new String[0];
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            throw new UnsupportedOperationException("no children here");
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
        }
    }
}
