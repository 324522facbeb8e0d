package org.clusterscope.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The pairs of nodes a link entry joins, in a fixed order (PROTOCOL.md §5): a ring links each
 * neighbour pair and the last to the first (a ring of two is one link), a clique every pair, a
 * star the center to each other, connect every node of one list to every node of the other.
 */
public final class LinkPairs {

    private LinkPairs() {
    }

    public static List<List<String>> of(LinkDef link) {
        List<List<String>> pairs = new ArrayList<>();
        if (link instanceof LinkDef.Single s) {
            pairs.add(List.of(s.a(), s.b()));
        } else if (link instanceof LinkDef.Ring r) {
            List<String> ids = r.ids();
            int last = ids.size() == 2 ? 1 : ids.size();
            for (int i = 0; i < last; i++) {
                pairs.add(List.of(ids.get(i), ids.get((i + 1) % ids.size())));
            }
        } else if (link instanceof LinkDef.Clique c) {
            List<String> ids = c.ids();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    pairs.add(List.of(ids.get(i), ids.get(j)));
                }
            }
        } else if (link instanceof LinkDef.Star s) {
            s.to().forEach(other -> pairs.add(List.of(s.center(), other)));
        } else if (link instanceof LinkDef.Connect c) {
            c.left().forEach(a -> c.right().forEach(b -> pairs.add(List.of(a, b))));
        }
        return pairs;
    }
}
