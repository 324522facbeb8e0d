package org.clusterscope.protocol.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The tag operations of PROTOCOL.md §4. */
class TagOpsTest {

    private static final List<String> TAGS = List.of("db", "eu", "primary");

    @Test
    void appendAddsAtTheEndWithoutDuplicates() {
        assertThat(TagOps.append(TAGS, List.of("eu", "ssd"))).containsExactly("db", "eu", "primary", "ssd");
    }

    @Test
    void removeDropsTheGivenTags() {
        assertThat(TagOps.remove(TAGS, List.of("eu", "absent"))).containsExactly("db", "primary");
    }

    @Test
    void replaceSetsExactlyTheGivenTags() {
        assertThat(TagOps.replace(List.of("web", "web", "us"))).containsExactly("web", "us");
    }

    @Test
    void mapRenamesOnlyTagsThatExist() {
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("primary", "replica");
        mapping.put("absent", "new");

        assertThat(TagOps.map(TAGS, mapping)).containsExactly("db", "eu", "replica");
    }

    @Test
    void mapAppendAddsTheTargetAlways() {
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("primary", "replica");
        mapping.put("absent", "new");
        mapping.put("db", "eu");

        assertThat(TagOps.mapAppend(TAGS, mapping)).containsExactly("eu", "replica", "new");
    }
}
