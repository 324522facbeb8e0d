package org.clusterscope.gui.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.clusterscope.testkit.ChildProcess;
import org.clusterscope.testkit.NetNamespace;

/**
 * File ▸ Observe Network… on a real cluster: {@link ObserveStory} runs the observe window and
 * three {@code node} processes inside a private network namespace (root only; skipped with a
 * printed reason otherwise), draws the three with their roles, votes and tags, and loses the one
 * it kills by silence.
 */
class ObserveWindowProcessTest {

    private static final long PATIENCE_MS = 180_000;

    @TempDir
    Path temp;

    @Test
    void observeDrawsThreeNodeProcessesAndLosesTheOneKilled() {
        try (NetNamespace namespace = NetNamespace.create();
                ChildProcess story = ChildProcess.start("observe story", namespace.command(
                        ChildProcess.java(temp, ObserveStory.class.getName(), List.of())))) {
            String drawn = story.await("DRAWN", line -> line.startsWith("DRAWN") || line.startsWith("FAIL"), PATIENCE_MS);
            assertThat(drawn).as(String.join("\n", story.lines())).startsWith("DRAWN")
                    .contains("n1:").contains("n2:").contains("n3:").contains("master").contains("tags=[t1]");
            String lost = story.await("LOST", line -> line.startsWith("LOST") || line.startsWith("FAIL"), PATIENCE_MS);
            assertThat(lost).as(String.join("\n", story.lines())).startsWith("LOST n3");
            assertThat(story.awaitExit(PATIENCE_MS)).isZero();
        }
    }
}
