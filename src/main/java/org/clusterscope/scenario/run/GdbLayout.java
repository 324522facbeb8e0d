package org.clusterscope.scenario.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.gdb.ClusterRole;
import org.clusterscope.gdb.GdbCluster;
import org.clusterscope.gdb.Guuid;
import org.clusterscope.gdb.MemberRole;
import org.clusterscope.scenario.GdbSettings;
import org.clusterscope.scenario.Scenario;

/**
 * A scenario's {@code gdb} section as the GDB layer's networks and clusters (PROTOCOL.md §7), the
 * same for a simulation ({@link ScenarioRunner}) and a live run ({@link LiveScenario}). Each call
 * makes new clusters: their members change while a run goes on, so two runs never share them.
 */
final class GdbLayout {

    private final Map<String, List<NodeId>> nets = new LinkedHashMap<>();
    private final List<GdbCluster> clusters = new ArrayList<>();

    private GdbLayout(GdbSettings settings) {
        settings.nets().forEach((name, members) -> nets.put(name, members.stream().map(NodeId::of).toList()));
        for (org.clusterscope.scenario.GdbCluster def : settings.clusters()) {
            GdbCluster cluster = GdbCluster.withTtlMicros(def.name(), Guuid.parse(def.netId(), def.clusterId()),
                    def.groupMask(), def.ttlMicros(), def.ownerRoot(), MemberRole.valueOf(def.defaultRole().name()),
                    ClusterRole.valueOf(def.role().name()));
            def.nets().forEach(cluster::addNetAssociate);
            def.members().forEach((node, role) -> cluster.memberAdd(NodeId.of(node), MemberRole.valueOf(role.name())));
            clusters.add(cluster);
        }
    }

    /** The layout of {@code scenario}, or null when its nodes run no GDB (no {@code gdb} section and no GDB event or expectation). */
    static GdbLayout of(Scenario scenario) {
        if (scenario.gdb() == null && !scenario.usesGdb()) {
            return null;
        }
        return new GdbLayout(scenario.gdb() != null ? scenario.gdb() : new GdbSettings(Map.of(), List.of()));
    }

    Map<String, List<NodeId>> nets() {
        return nets;
    }

    List<GdbCluster> clusters() {
        return clusters;
    }
}
