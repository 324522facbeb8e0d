package org.clusterscope.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional {@code gdb} section (SCENARIO_FORMAT.md "GDB clusters", PROTOCOL.md §7):
 * named networks of nodes, and the clusters that live on them. Maps keep file order.
 */
public record GdbSettings(Map<String, List<String>> nets, List<GdbCluster> clusters) {

    public GdbSettings {
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        nets.forEach((name, ids) -> copy.put(name, List.copyOf(ids)));
        nets = Collections.unmodifiableMap(copy);
        clusters = List.copyOf(clusters);
    }
}
