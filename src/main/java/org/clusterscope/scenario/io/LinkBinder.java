package org.clusterscope.scenario.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clusterscope.net.LinkOverrides;
import org.clusterscope.scenario.LinkDef;

/**
 * Binds {@code links}: one shape per entry (link, ring, clique, star + to, connect) with optional
 * overrides. It also remembers which pairs of nodes end up linked, so that {@code linkDown},
 * {@code linkUp} and {@code setLink} events can be refused when they name a link that does not exist.
 */
final class LinkBinder {

    static final List<String> SHAPES = List.of("link", "ring", "clique", "star", "connect");
    static final List<String> FIELDS = List.of("link", "ring", "clique", "star", "to", "connect", "latencyMs",
            "jitterMs", "loss");

    private final Values values;
    private final NodeIds ids;
    /** Each bound entry as sets of its nodes: checking a pair costs the number of entries, not of pairs. */
    private final List<Shape> shapes = new ArrayList<>();

    LinkBinder(Values values, NodeIds ids) {
        this.values = values;
        this.ids = ids;
    }

    List<LinkDef> links(JsonNode node, String path) {
        List<JsonNode> elements = values.array(node, path, 0);
        List<LinkDef> links = new ArrayList<>();
        if (elements == null) {
            return links;
        }
        for (int i = 0; i < elements.size(); i++) {
            LinkDef link = link(elements.get(i), JsonPaths.index(path, i));
            links.add(link);
            if (link != null) {
                remember(link);
            }
        }
        return links;
    }

    /** Whether some entry of {@code links} joins a and b. */
    boolean linked(String a, String b) {
        for (Shape shape : shapes) {
            if (shape.joins(a, b) || shape.joins(b, a)) {
                return true;
            }
        }
        return false;
    }

    private LinkDef link(JsonNode node, String path) {
        ObjectNode object = values.object(node, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, FIELDS);
        List<String> shapes = SHAPES.stream().filter(object::has).toList();
        if (shapes.isEmpty()) {
            values.error(path, "expected one shape: " + Values.quoted(SHAPES));
            return null;
        }
        if (shapes.size() > 1) {
            values.error(path, "expected one shape per entry, found " + Values.quoted(shapes));
            return null;
        }
        String shape = shapes.get(0);
        if (object.has("to") && !shape.equals("star")) {
            values.error(JsonPaths.field(path, "to"), "\"to\" goes only with \"star\"");
        }
        LinkOverrides overrides = new LinkSettingsReader(values).overrides(object, path);
        String shapePath = JsonPaths.field(path, shape);
        JsonNode value = object.get(shape);
        LinkDef link = switch (shape) {
            case "link" -> pair(value, shapePath, overrides);
            case "ring" -> {
                List<String> ring = ids.refs(value, shapePath, 2);
                yield ring == null ? null : new LinkDef.Ring(ring, LinkOverrides.NONE);
            }
            case "clique" -> {
                List<String> clique = ids.refs(value, shapePath, 2);
                yield clique == null ? null : new LinkDef.Clique(clique, LinkOverrides.NONE);
            }
            case "star" -> star(object, path, value, shapePath);
            default -> connect(value, shapePath);
        };
        if (link == null || overrides == null) {
            return null;
        }
        return withOverrides(link, overrides);
    }

    private LinkDef pair(JsonNode value, String path, LinkOverrides overrides) {
        List<String> ends = pairOf(value, path);
        return ends == null ? null : new LinkDef.Single(ends.get(0), ends.get(1), LinkOverrides.NONE);
    }

    /** {@code [a, b]} naming two different defined nodes. */
    List<String> pairOf(JsonNode value, String path) {
        if (value.isArray() && value.size() != 2) {
            values.error(path, "expected a pair [a, b] of node ids, found an array of " + value.size());
            return null;
        }
        if (value.isArray() && value.get(0).equals(value.get(1)) && value.get(0).isTextual()) {
            values.error(path, "expected two different nodes, found \"" + value.get(0).textValue() + "\" twice");
            return null;
        }
        return ids.refs(value, path, 2);
    }

    private LinkDef star(ObjectNode object, String path, JsonNode value, String shapePath) {
        String center = ids.ref(value, shapePath);
        JsonNode toNode = values.required(object, path, "to");
        if (toNode == null) {
            return null;
        }
        String toPath = JsonPaths.field(path, "to");
        List<String> to = ids.refs(toNode, toPath, 1);
        if (center == null || to == null) {
            return null;
        }
        if (to.contains(center)) {
            values.error(JsonPaths.index(toPath, to.indexOf(center)), "the center \"" + center
                    + "\" cannot be linked to itself");
            return null;
        }
        return new LinkDef.Star(center, to, LinkOverrides.NONE);
    }

    private LinkDef connect(JsonNode value, String path) {
        List<JsonNode> sides = values.array(value, path, 2);
        if (sides == null) {
            return null;
        }
        if (sides.size() != 2) {
            values.error(path, "expected two lists of node ids [[…], […]], found " + sides.size() + " lists");
            return null;
        }
        List<String> left = ids.refs(sides.get(0), JsonPaths.index(path, 0), 1);
        List<String> right = ids.refs(sides.get(1), JsonPaths.index(path, 1), 1);
        if (left == null || right == null) {
            return null;
        }
        Set<String> leftSet = new HashSet<>(left);
        for (int i = 0; i < right.size(); i++) {
            if (leftSet.contains(right.get(i))) {
                values.error(JsonPaths.index(JsonPaths.index(path, 1), i), "node \"" + right.get(i)
                        + "\" is on both sides: a node cannot be linked to itself");
                return null;
            }
        }
        return new LinkDef.Connect(left, right, LinkOverrides.NONE);
    }

    private static LinkDef withOverrides(LinkDef link, LinkOverrides overrides) {
        if (link instanceof LinkDef.Single s) {
            return new LinkDef.Single(s.a(), s.b(), overrides);
        } else if (link instanceof LinkDef.Ring r) {
            return new LinkDef.Ring(r.ids(), overrides);
        } else if (link instanceof LinkDef.Clique c) {
            return new LinkDef.Clique(c.ids(), overrides);
        } else if (link instanceof LinkDef.Star s) {
            return new LinkDef.Star(s.center(), s.to(), overrides);
        }
        LinkDef.Connect c = (LinkDef.Connect) link;
        return new LinkDef.Connect(c.left(), c.right(), overrides);
    }

    private void remember(LinkDef link) {
        shapes.add(Shape.of(link));
    }

    /**
     * The pairs an entry joins (LinkPairs), answered from sets of its nodes instead of a list of
     * every pair, which for a clique of thousands would take gigabytes.
     */
    private record Shape(LinkDef link, java.util.Map<String, Integer> first, Set<String> second) {

        static Shape of(LinkDef link) {
            java.util.Map<String, Integer> first = new java.util.HashMap<>();
            Set<String> second = new HashSet<>();
            if (link instanceof LinkDef.Single s) {
                first.put(s.a(), 0);
                second.add(s.b());
            } else if (link instanceof LinkDef.Ring r) {
                for (int i = 0; i < r.ids().size(); i++) {
                    first.put(r.ids().get(i), i);
                }
            } else if (link instanceof LinkDef.Clique c) {
                c.ids().forEach(id -> first.put(id, 0));
            } else if (link instanceof LinkDef.Star s) {
                first.put(s.center(), 0);
                second.addAll(s.to());
            } else if (link instanceof LinkDef.Connect c) {
                c.left().forEach(id -> first.put(id, 0));
                second.addAll(c.right());
            }
            return new Shape(link, first, second);
        }

        /** Whether this entry joins a (on its first side) and b. */
        boolean joins(String a, String b) {
            Integer at = first.get(a);
            if (at == null || a.equals(b)) {
                return false;
            }
            if (link instanceof LinkDef.Ring) {
                Integer other = first.get(b);
                int size = first.size();
                return other != null && (other == (at + 1) % size);
            }
            if (link instanceof LinkDef.Clique) {
                return first.containsKey(b);
            }
            return second.contains(b);
        }
    }
}
