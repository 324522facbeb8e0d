package org.clusterscope.protocol.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tag operations of Tcl {@code cluster}'s {@code tags} (PROTOCOL.md §4), as pure functions
 * from a tag list to a new one. Order is kept; a tag never appears twice.
 */
public final class TagOps {

    private TagOps() {
    }

    /** Adds the given tags at the end, skipping those already present. */
    public static List<String> append(List<String> tags, List<String> added) {
        Set<String> result = new LinkedHashSet<>(tags);
        result.addAll(added);
        return List.copyOf(result);
    }

    /** Removes the given tags. */
    public static List<String> remove(List<String> tags, List<String> removed) {
        List<String> result = new ArrayList<>(tags);
        result.removeAll(removed);
        return List.copyOf(result);
    }

    /** Replaces all tags with the given ones (duplicates dropped). */
    public static List<String> replace(List<String> replacement) {
        return List.copyOf(new LinkedHashSet<>(replacement));
    }

    /** For each {@code a → b}: if {@code a} is present, it becomes {@code b} in place. */
    public static List<String> map(List<String> tags, Map<String, String> mapping) {
        Set<String> result = new LinkedHashSet<>();
        for (String tag : tags) {
            result.add(mapping.getOrDefault(tag, tag));
        }
        return List.copyOf(result);
    }

    /**
     * For each {@code a → b}: removes {@code a} if present and appends {@code b} in any case,
     * without duplicates ("map-append": {@code a→b} always).
     */
    public static List<String> mapAppend(List<String> tags, Map<String, String> mapping) {
        Set<String> result = new LinkedHashSet<>(tags);
        for (Map.Entry<String, String> entry : mapping.entrySet()) {
            result.remove(entry.getKey());
            result.add(entry.getValue());
        }
        return List.copyOf(result);
    }
}
