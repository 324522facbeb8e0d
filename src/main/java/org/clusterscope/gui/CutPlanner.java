package org.clusterscope.gui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Point2D;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.canvas.HitTest;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.runtime.Command;
import org.clusterscope.topology.Topology;

/**
 * Turns a line drawn with the cut tool into faults. The links the line crosses are removed; if
 * that splits the network, the parts become the groups of a partition (shaded on the canvas);
 * if it does not, the crossed links simply go down.
 */
public final class CutPlanner {

    private CutPlanner() {
    }

    /** The links that the segment {@code from → to} crosses. */
    public static List<LinkKey> crossed(List<DocLink> links, Map<NodeId, Point2D> positions, Point2D from, Point2D to) {
        List<LinkKey> crossed = new ArrayList<>();
        for (DocLink link : links) {
            Point2D a = positions.get(link.key().a());
            Point2D b = positions.get(link.key().b());
            if (a != null && b != null && HitTest.segmentsCross(from, to, a, b)) {
                crossed.add(link.key());
            }
        }
        return crossed;
    }

    /** The faults that carry out the cut; empty when the line crosses no link. */
    public static List<Command> plan(List<NodeId> nodes, List<DocLink> links, Map<NodeId, Point2D> positions,
            Point2D from, Point2D to) {
        List<LinkKey> crossed = crossed(links, positions, from, to);
        if (crossed.isEmpty()) {
            return List.of();
        }
        Set<LinkKey> cut = new LinkedHashSet<>(crossed);
        Topology before = topology(nodes, links, Set.of());
        Topology after = topology(nodes, links, cut);
        List<List<NodeId>> parts = after.components();
        if (parts.size() > before.components().size()) {
            List<Command> faults = new ArrayList<>();
            faults.add(new Command.Partition(parts));
            // a crossed link inside one part is not cut by the partition: it goes down by itself
            for (LinkKey key : crossed) {
                if (parts.stream().anyMatch(part -> part.contains(key.a()) && part.contains(key.b()))) {
                    faults.add(new Command.LinkDown(key.a(), key.b()));
                }
            }
            return faults;
        }
        return crossed.stream().<Command>map(key -> new Command.LinkDown(key.a(), key.b())).toList();
    }

    private static Topology topology(List<NodeId> nodes, List<DocLink> links, Set<LinkKey> without) {
        Topology topology = new Topology();
        topology.addNodes(nodes);
        links.stream().filter(link -> !without.contains(link.key()))
                .forEach(link -> topology.addLink(link.key().a(), link.key().b()));
        return topology;
    }
}
