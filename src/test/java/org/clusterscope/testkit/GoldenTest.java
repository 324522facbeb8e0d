package org.clusterscope.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A golden mismatch names the first differing line, with both versions and what came before. */
class GoldenTest {

    @Test
    void theFirstDifferingLineIsShownWithBothVersions() {
        List<String> golden = List.of("a", "b", "c", "d", "e");
        List<String> run = List.of("a", "b", "c", "D", "e");

        assertThat(Golden.firstDifference(golden, run)).isEqualTo("""
                first difference at line 4 (golden 5 lines, run 5 lines)
                    same | a
                    same | b
                    same | c
                  golden | d
                     run | D
                """);
    }

    @Test
    void aRunThatStopsEarlyOrGoesOnIsADifferenceToo() {
        assertThat(Golden.firstDifference(List.of("a", "b"), List.of("a")))
                .contains("line 2").contains("golden | b").contains("run | (end)");
        assertThat(Golden.firstDifference(List.of("a"), List.of("a", "b")))
                .contains("golden | (end)").contains("run | b");
        assertThat(Golden.firstDifference(List.of("a", "b"), List.of("a", "b"))).isNull();
        assertThat(Golden.firstDifference(List.of("a"), List.of("b"), "plain", "fast"))
                .contains("(plain 1 lines, fast 1 lines)").contains("   plain | a").contains("    fast | b");
    }
}
