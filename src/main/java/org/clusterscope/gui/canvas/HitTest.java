package org.clusterscope.gui.canvas;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.geometry.Point2D;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.doc.LinkKey;

/** Finds what lies under a point of the world: the topmost node, or the nearest link within reach. */
public final class HitTest {

    private HitTest() {
    }

    /** The node whose disc contains {@code p}; the last drawn (topmost) wins. */
    public static Optional<NodeId> nodeAt(List<DocNode> nodes, Point2D p, double radius) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            DocNode node = nodes.get(i);
            if (Math.hypot(node.x() - p.getX(), node.y() - p.getY()) <= radius) {
                return Optional.of(node.id());
            }
        }
        return Optional.empty();
    }

    /** The link nearest to {@code p} if it passes within {@code reach}. */
    public static Optional<LinkKey> linkAt(List<DocLink> links, Map<NodeId, Point2D> positions, Point2D p,
            double reach) {
        LinkKey best = null;
        double bestDistance = reach;
        for (DocLink link : links) {
            Point2D a = positions.get(link.key().a());
            Point2D b = positions.get(link.key().b());
            if (a == null || b == null) {
                continue;
            }
            double d = distanceToSegment(p, a, b);
            if (d <= bestDistance) {
                bestDistance = d;
                best = link.key();
            }
        }
        return Optional.ofNullable(best);
    }

    public static double distanceToSegment(Point2D p, Point2D a, Point2D b) {
        Point2D ab = b.subtract(a);
        double lengthSquared = ab.dotProduct(ab);
        if (lengthSquared == 0) {
            return p.distance(a);
        }
        double t = Math.max(0, Math.min(1, p.subtract(a).dotProduct(ab) / lengthSquared));
        return p.distance(a.add(ab.multiply(t)));
    }

    /** Whether segments {@code p1-p2} and {@code q1-q2} cross (touching ends count). */
    public static boolean segmentsCross(Point2D p1, Point2D p2, Point2D q1, Point2D q2) {
        double d1 = cross(q1, q2, p1);
        double d2 = cross(q1, q2, p2);
        double d3 = cross(p1, p2, q1);
        double d4 = cross(p1, p2, q2);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    /** Which side of the line {@code a→b} the point {@code p} is on: positive left, negative right. */
    public static double cross(Point2D a, Point2D b, Point2D p) {
        return (b.getX() - a.getX()) * (p.getY() - a.getY()) - (b.getY() - a.getY()) * (p.getX() - a.getX());
    }
}
