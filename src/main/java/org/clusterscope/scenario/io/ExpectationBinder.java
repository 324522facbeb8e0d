package org.clusterscope.scenario.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clusterscope.core.NearMiss;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.Span;
import org.clusterscope.scenario.Expectation;
import org.clusterscope.scenario.InvariantKind;

/**
 * Binds {@code expect}: either {@code by} with exactly one claim, or {@code always} with an
 * invariant name and optional {@code from} and {@code grace} (SCENARIO_FORMAT.md "expect").
 */
final class ExpectationBinder {

    static final List<String> CLAIMS = List.of("master", "noMaster", "state", "masters", "converged", "record",
            "noRecord", "overlay", "degree");
    static final List<String> FIELDS = List.of("by", "always", "from", "grace", "master", "among", "noMaster", "state",
            "masters", "converged", "record", "noRecord", "overlay", "degree");
    private static final List<String> OVERLAY_FIELDS = List.of("minDegree", "maxDegree", "connected", "maxDiameter");
    private static final List<String> RECORD_FIELDS = List.of("node", "group", "key", "value");
    private static final List<String> NO_RECORD_FIELDS = List.of("node", "group", "key");

    private final Values values;
    private final NodeIds ids;
    private final Span horizon;

    ExpectationBinder(Values values, NodeIds ids, Span horizon) {
        this.values = values;
        this.ids = ids;
        this.horizon = horizon;
    }

    List<Expectation> expectations(JsonNode node, String path) {
        List<JsonNode> elements = values.array(node, path, 0);
        List<Expectation> result = new ArrayList<>();
        if (elements == null) {
            return result;
        }
        for (int i = 0; i < elements.size(); i++) {
            result.add(expectation(elements.get(i), JsonPaths.index(path, i)));
        }
        return result;
    }

    private Expectation expectation(JsonNode node, String path) {
        ObjectNode object = values.object(node, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, FIELDS);
        if (object.has("always")) {
            return always(object, path);
        }
        JsonNode byNode = object.get("by");
        if (byNode == null) {
            values.error(path, "expected \"by\" (an instant) or \"always\" (an invariant)");
            return null;
        }
        for (String field : List.of("from", "grace")) {
            if (object.has(field)) {
                values.error(JsonPaths.field(path, field), "\"" + field + "\" goes only with \"always\"");
            }
        }
        Span by = instant(byNode, JsonPaths.field(path, "by"));
        List<String> claims = CLAIMS.stream().filter(object::has).toList();
        if (claims.isEmpty()) {
            values.error(path, "expected one claim with \"by\": " + Values.quoted(CLAIMS));
            return null;
        }
        if (claims.size() > 1) {
            values.error(path, "expected one claim per expectation, found " + Values.quoted(claims));
            return null;
        }
        String claim = claims.get(0);
        if (object.has("among") && !claim.equals("master")) {
            values.error(JsonPaths.field(path, "among"), "\"among\" goes only with \"master\"");
            return null;
        }
        String p = JsonPaths.field(path, claim);
        JsonNode value = object.get(claim);
        Expectation result = switch (claim) {
            case "master" -> master(object, path, value, p, by);
            case "noMaster" -> {
                List<String> nodes = ids.refs(value, p, 1);
                yield nodes == null || by == null ? null : new Expectation.NoMaster(by, nodes);
            }
            case "state" -> states(value, p, by);
            case "masters" -> {
                Long count = values.integer(value, p, 0, 1_000_000, "a number of masters");
                yield count == null || by == null ? null : new Expectation.Masters(by, count.intValue());
            }
            case "converged" -> values.isTrue(value, p) && by != null ? new Expectation.Converged(by) : null;
            case "record" -> record(value, p, by);
            case "overlay" -> overlay(value, p, by);
            case "degree" -> degrees(value, p, by);
            default -> noRecord(value, p, by);
        };
        return by == null ? null : result;
    }

    private Span instant(JsonNode node, String path) {
        Span span = values.duration(node, path);
        if (span != null && span.compareTo(horizon) > 0) {
            values.error(path, "the instant " + span + " comes after the end of the run (runFor " + horizon + ")");
            return null;
        }
        return span;
    }

    private Expectation always(ObjectNode object, String path) {
        if (object.has("by")) {
            values.error(JsonPaths.field(path, "by"), "give either \"by\" or \"always\", not both");
        }
        for (String claim : CLAIMS) {
            if (object.has(claim)) {
                values.error(JsonPaths.field(path, claim), "\"" + claim + "\" goes with \"by\", not with \"always\"");
            }
        }
        if (object.has("among")) {
            values.error(JsonPaths.field(path, "among"), "\"among\" goes only with \"master\"");
        }
        String p = JsonPaths.field(path, "always");
        String name = values.text(object.get("always"), p);
        InvariantKind kind = name == null ? null : InvariantKind.fromJson(name);
        if (name != null && kind == null) {
            List<String> names = Arrays.stream(InvariantKind.values()).map(InvariantKind::jsonName).toList();
            values.error(p, "unknown invariant \"" + name + "\"" + NearMiss.suggestion(name, names)
                    + " (expected one of: " + String.join(", ", names) + ")");
        }
        Span from = object.has("from") ? instant(object.get("from"), JsonPaths.field(path, "from")) : null;
        Span grace = object.has("grace") ? values.duration(object.get("grace"), JsonPaths.field(path, "grace")) : null;
        if (kind == null || (object.has("from") && from == null) || (object.has("grace") && grace == null)) {
            return null;
        }
        return new Expectation.Always(kind, from, grace);
    }

    private Expectation master(ObjectNode object, String path, JsonNode value, String p, Span by) {
        String master = ids.ref(value, p);
        List<String> among = null;
        if (object.has("among")) {
            among = ids.refs(object.get("among"), JsonPaths.field(path, "among"), 1);
            if (among == null) {
                return null;
            }
        }
        return master == null || by == null ? null : new Expectation.Master(by, master, among);
    }

    private Expectation states(JsonNode value, String path, Span by) {
        ObjectNode object = values.object(value, path);
        if (object == null) {
            return null;
        }
        if (object.isEmpty()) {
            values.error(path, "expected at least one node id with its state");
            return null;
        }
        Map<String, NodeState> states = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonNode> entry : Values.entries(object)) {
            String entryPath = JsonPaths.field(path, entry.getKey());
            if (!ids.contains(entry.getKey())) {
                values.problems().atKey(entryPath, ids.unknown(entry.getKey()));
                ok = false;
                continue;
            }
            String text = values.text(entry.getValue(), entryPath);
            if (text == null) {
                ok = false;
                continue;
            }
            try {
                states.put(entry.getKey(), NodeState.parse(text));
            } catch (IllegalArgumentException e) {
                List<String> names = Arrays.stream(NodeState.values()).map(NodeState::jsonName).toList();
                values.error(entryPath, "unknown state \"" + text + "\"" + NearMiss.suggestion(text, names)
                        + " (expected one of: " + String.join(", ", names) + ")");
                ok = false;
            }
        }
        return ok && by != null ? new Expectation.States(by, states) : null;
    }

    /** {@code "overlay": {minDegree?, maxDegree?, connected?, maxDiameter?}}, at least one of them. */
    private Expectation overlay(JsonNode value, String path, Span by) {
        ObjectNode object = values.object(value, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, OVERLAY_FIELDS);
        if (OVERLAY_FIELDS.stream().noneMatch(object::has)) {
            values.error(path, "expected at least one of " + Values.quoted(OVERLAY_FIELDS));
            return null;
        }
        Long min = object.has("minDegree") ? values.integer(object.get("minDegree"),
                JsonPaths.field(path, "minDegree"), 0, 1_000_000, "a number of links") : null;
        Long max = object.has("maxDegree") ? values.integer(object.get("maxDegree"),
                JsonPaths.field(path, "maxDegree"), 0, 1_000_000, "a number of links") : null;
        Boolean connected = object.has("connected") ? values.bool(object.get("connected"),
                JsonPaths.field(path, "connected")) : null;
        Long diameter = object.has("maxDiameter") ? values.integer(object.get("maxDiameter"),
                JsonPaths.field(path, "maxDiameter"), 0, 1_000_000, "a number of hops") : null;
        if ((object.has("minDegree") && min == null) || (object.has("maxDegree") && max == null)
                || (object.has("connected") && connected == null) || (object.has("maxDiameter") && diameter == null)
                || by == null) {
            return null;
        }
        return new Expectation.Overlay(by, min == null ? null : min.intValue(), max == null ? null : max.intValue(),
                connected, diameter == null ? null : diameter.intValue());
    }

    /** {@code "degree": {id: k, …}}, at least one node. */
    private Expectation degrees(JsonNode value, String path, Span by) {
        ObjectNode object = values.object(value, path);
        if (object == null) {
            return null;
        }
        if (object.isEmpty()) {
            values.error(path, "expected at least one node id with its number of links");
            return null;
        }
        Map<String, Integer> degrees = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonNode> entry : Values.entries(object)) {
            String entryPath = JsonPaths.field(path, entry.getKey());
            if (!ids.contains(entry.getKey())) {
                values.problems().atKey(entryPath, ids.unknown(entry.getKey()));
                ok = false;
                continue;
            }
            Long k = values.integer(entry.getValue(), entryPath, 0, 1_000_000, "a number of links");
            if (k == null) {
                ok = false;
            } else {
                degrees.put(entry.getKey(), k.intValue());
            }
        }
        return ok && by != null ? new Expectation.Degree(by, degrees) : null;
    }

    private Expectation record(JsonNode value, String path, Span by) {
        ObjectNode object = values.object(value, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, RECORD_FIELDS);
        String node = node(object, path);
        String group = text(object, path, "group");
        String key = text(object, path, "key");
        JsonNode valueNode = values.required(object, path, "value");
        String text = valueNode == null ? null : values.text(valueNode, JsonPaths.field(path, "value"));
        return node == null || group == null || key == null || text == null || by == null ? null
                : new Expectation.Record(by, node, group, key, text);
    }

    private Expectation noRecord(JsonNode value, String path, Span by) {
        ObjectNode object = values.object(value, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, NO_RECORD_FIELDS);
        String node = node(object, path);
        String group = text(object, path, "group");
        String key = text(object, path, "key");
        return node == null || group == null || key == null || by == null ? null
                : new Expectation.NoRecord(by, node, group, key);
    }

    private String node(ObjectNode object, String path) {
        JsonNode node = values.required(object, path, "node");
        return node == null ? null : ids.ref(node, JsonPaths.field(path, "node"));
    }

    private String text(ObjectNode object, String path, String field) {
        JsonNode node = values.required(object, path, field);
        return node == null ? null : values.nonBlank(node, JsonPaths.field(path, field));
    }
}
