package org.clusterscope.gdb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Group masks are globs: {@code *} any run of characters, {@code ?} one character (PROTOCOL.md §7). */
class GroupMaskTest {

    @Test
    void aTrailingStarMatchesEveryGroupUnderThePrefix() {
        GroupMask mask = new GroupMask("mycluster.gdb.group.mask.*");

        assertThat(mask.matches("mycluster.gdb.group.mask.blocks")).isTrue();
        assertThat(mask.matches("mycluster.gdb.group.mask.")).isTrue();
        assertThat(mask.matches("mycluster.gdb.group.mask")).isFalse();
        assertThat(mask.matches("othercluster.gdb.group.mask.blocks")).isFalse();
        assertThat(mask.matches("xmycluster.gdb.group.mask.blocks")).isFalse();
    }

    @Test
    void starsAnywhereAndQuestionMarksMatchAsInAShell() {
        assertThat(new GroupMask("*.gdb.*").matches("shop.gdb.prices")).isTrue();
        assertThat(new GroupMask("*.gdb.*").matches("shop.gdbx.prices")).isFalse();
        assertThat(new GroupMask("node.?.state").matches("node.7.state")).isTrue();
        assertThat(new GroupMask("node.?.state").matches("node.17.state")).isFalse();
        assertThat(new GroupMask("a*b*c").matches("aXbYbZc")).isTrue();
        assertThat(new GroupMask("a*b*c").matches("aXbYbZ")).isFalse();
        assertThat(new GroupMask("*").matches("")).isTrue();
    }

    @Test
    void withoutWildcardsOnlyTheSameNameMatches() {
        assertThat(new GroupMask("exact.group").matches("exact.group")).isTrue();
        assertThat(new GroupMask("exact.group").matches("exact.groups")).isFalse();
    }
}
