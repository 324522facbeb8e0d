package org.clusterscope.scenario.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.LinkView;
import org.clusterscope.runtime.ClusterView;

/**
 * The overlay as the expectations of SCENARIO_FORMAT.md "Public mode" see it: the running nodes,
 * in scenario order, and their up links (up, not cut, trusted or discovered) to running nodes.
 */
public final class OverlayGraph {

    private final List<NodeId> running = new ArrayList<>();
    private final Map<NodeId, Integer> index = new LinkedHashMap<>();
    private final List<List<Integer>> neighbours = new ArrayList<>();

    private OverlayGraph(ClusterView sim) {
        for (NodeId id : sim.nodeIds()) {
            if (sim.isRunning(id)) {
                index.put(id, running.size());
                running.add(id);
                neighbours.add(new ArrayList<>());
            }
        }
        for (LinkView link : sim.links()) {
            Integer a = index.get(link.a());
            Integer b = index.get(link.b());
            if (link.live() && a != null && b != null) {
                neighbours.get(a).add(b);
                neighbours.get(b).add(a);
            }
        }
    }

    public static OverlayGraph of(ClusterView sim) {
        return new OverlayGraph(sim);
    }

    public List<NodeId> running() {
        return List.copyOf(running);
    }

    /** The node's up links to running nodes; 0 for a node that is not running. */
    public int degree(NodeId id) {
        Integer i = index.get(id);
        return i == null ? 0 : neighbours.get(i).size();
    }

    /** Whether every running node reaches every other (true for none or one). */
    public boolean connected() {
        return running.isEmpty() || reach(0)[1] == running.size();
    }

    /** The most hops between two running nodes, or -1 when they are not all connected. */
    public int diameter() {
        int diameter = 0;
        for (int i = 0; i < running.size(); i++) {
            int[] r = reach(i);
            if (r[1] != running.size()) {
                return -1;
            }
            diameter = Math.max(diameter, r[0]);
        }
        return diameter;
    }

    /** {farthest hop count, nodes reached} from node {@code from}, by breadth-first search. */
    private int[] reach(int from) {
        int[] distance = new int[running.size()];
        Arrays.fill(distance, -1);
        distance[from] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        int reached = 1;
        int far = 0;
        while (!queue.isEmpty()) {
            int at = queue.poll();
            for (int next : neighbours.get(at)) {
                if (distance[next] < 0) {
                    distance[next] = distance[at] + 1;
                    far = Math.max(far, distance[next]);
                    reached++;
                    queue.add(next);
                }
            }
        }
        return new int[] {far, reached};
    }
}
