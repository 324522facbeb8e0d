package org.clusterscope.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Tezt-style batch of nodes (PROTOCOL.md §5 {@code create(count, name)}): {@code name.1 …
 * name.count}, ports from {@code portBase} when given.
 */
public record GroupDef(String name, int count, Integer portBase, List<String> tags) {

    public GroupDef {
        Objects.requireNonNull(name, "name");
        tags = List.copyOf(tags);
    }

    /** The ids this group makes, in order. */
    public List<String> memberIds() {
        List<String> ids = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            ids.add(name + "." + i);
        }
        return ids;
    }
}
