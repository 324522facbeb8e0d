package org.clusterscope.gui.bench;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.Span;
import org.clusterscope.net.LinkOverrides;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.scenario.LinkDef;
import org.clusterscope.scenario.NodeDef;
import org.clusterscope.scenario.Scenario;

/**
 * A large scenario for load figures and the responsiveness test: {@code n} nodes on a grid,
 * each linked to its right and lower neighbours, all started at once, beacons every second.
 */
public final class BusyScenario {

    private BusyScenario() {
    }

    public static Scenario grid(int n) {
        int columns = (int) Math.ceil(Math.sqrt(n));
        List<NodeDef> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(NodeDef.of("n" + (i + 1)).withPosition(60 + (i % columns) * 60.0, 60 + (i / columns) * 60.0));
        }
        List<LinkDef> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if ((i + 1) % columns != 0 && i + 1 < n) {
                links.add(new LinkDef.Single("n" + (i + 1), "n" + (i + 2), LinkOverrides.NONE));
            }
            if (i + columns < n) {
                links.add(new LinkDef.Single("n" + (i + 1), "n" + (i + 1 + columns), LinkOverrides.NONE));
            }
        }
        return new Scenario(Scenario.CURRENT_FORMAT, "grid-" + n, "Grid of " + n, null, 1, Span.parse("10m"),
                ProtocolConfig.DEFAULTS, LinkSettings.DEFAULTS, nodes, List.of(), links, List.of(), List.of(),
                null);
    }
}
