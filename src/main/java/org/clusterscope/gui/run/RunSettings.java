package org.clusterscope.gui.run;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.sim.LinkSettings;
import org.clusterscope.node.ProtocolConfig;
import org.clusterscope.runtime.Simulation;

/**
 * What a run needs besides the topology: the seed, the protocol and network defaults, when
 * each node starts (absent: at 0; {@link Long#MAX_VALUE}: never), extra channels, birth
 * overrides (microseconds), and the scheduled scenario
 * events, put on the simulation by {@code schedule}.
 */
public record RunSettings(long seed, ProtocolConfig protocol, LinkSettings network, Map<NodeId, Long> startAt,
        Map<NodeId, List<Integer>> channels, Map<NodeId, Long> births, Consumer<Simulation> schedule) {

    public static final RunSettings DEFAULTS = new RunSettings(1, ProtocolConfig.defaults(), LinkSettings.DEFAULTS,
            Map.of(), Map.of(), Map.of(), simulation -> { });

    public RunSettings {
        startAt = Map.copyOf(startAt);
        channels = Map.copyOf(channels);
        births = Map.copyOf(births);
    }
}
