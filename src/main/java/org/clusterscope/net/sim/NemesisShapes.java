package org.clusterscope.net.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.clusterscope.core.NodeId;

/** Shapes the {@link Nemesis} patterns share: halves, and a shuffle that draws from one stream only. */
final class NemesisShapes {

    private NemesisShapes() {
    }

    static List<List<NodeId>> halves(List<NodeId> nodes) {
        int cut = nodes.size() / 2;
        List<List<NodeId>> groups = new ArrayList<>(2);
        if (cut > 0) {
            groups.add(List.copyOf(nodes.subList(0, cut)));
        }
        if (cut < nodes.size()) {
            groups.add(List.copyOf(nodes.subList(cut, nodes.size())));
        }
        return List.copyOf(groups);
    }

    /** A Fisher–Yates shuffle drawing from {@code random} only. */
    static List<NodeId> shuffled(List<NodeId> nodes, RandomGenerator random) {
        List<NodeId> copy = new ArrayList<>(nodes);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            NodeId t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }
}
