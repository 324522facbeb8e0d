package org.clusterscope.scenario.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clusterscope.core.Span;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.protocol.Strategy;
import org.clusterscope.scenario.EventDef;
import org.clusterscope.scenario.Expectation;
import org.clusterscope.scenario.GdbSettings;
import org.clusterscope.scenario.GroupDef;
import org.clusterscope.scenario.LinkDef;
import org.clusterscope.scenario.NodeDef;
import org.clusterscope.scenario.OverlaySettings;
import org.clusterscope.scenario.Scenario;

/**
 * Binds a scenario tree (already migrated to the current format) to a {@link Scenario},
 * checking every rule of SCENARIO_FORMAT.md "Fields" and reporting each broken one with its
 * path. Nodes and groups come first, so links, events, expectations and the GDB section can
 * check their references against the ids the file defines.
 */
final class ScenarioBinder {

    static final List<String> TOP_FIELDS = List.of("format", "name", "title", "description", "seed", "runFor",
            "protocol", "network", "nodes", "groups", "links", "events", "expect", "gdb", "overlay");
    static final List<String> PROTOCOL_FIELDS = List.of("election", "strategy", "heartbeatMs", "ttlMs", "beaconHops");
    static final List<String> NETWORK_FIELDS = List.of("latencyMs", "jitterMs", "loss");
    static final List<String> NODE_FIELDS = List.of("id", "port", "x", "y", "tags", "channels", "startAt", "birth",
            "private");
    static final List<String> OVERLAY_FIELDS = List.of("public", "connections", "maintenanceMs");
    static final List<String> GROUP_FIELDS = List.of("name", "count", "portBase", "tags");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-_.][a-z0-9]+)*");
    private static final String ROOT = JsonPaths.ROOT;

    private final Values values;
    private final NodeIds ids;

    ScenarioBinder(Values values) {
        this.values = values;
        this.ids = new NodeIds(values);
    }

    /** The bound scenario, or null when any problem was reported. */
    Scenario bind(JsonNode rootNode) {
        ObjectNode root = values.object(rootNode, ROOT);
        if (root == null) {
            return null;
        }
        values.onlyFields(root, ROOT, TOP_FIELDS);
        int format = root.path("format").asInt(Scenario.CURRENT_FORMAT);

        JsonNode nameNode = values.required(root, ROOT, "name");
        String name = nameNode == null ? null : slug(nameNode, path("name"));
        String title = optionalText(root, "title");
        String description = optionalText(root, "description");
        Long seed = root.has("seed")
                ? values.integer(root.get("seed"), path("seed"), Long.MIN_VALUE, Long.MAX_VALUE, "a seed")
                : Long.valueOf(Scenario.DEFAULT_SEED);
        Span runFor = root.has("runFor") ? runFor(root.get("runFor")) : Scenario.DEFAULT_RUN_FOR;
        ProtocolConfig protocol = root.has("protocol") ? protocol(root.get("protocol")) : ProtocolConfig.DEFAULTS;
        LinkSettings network = root.has("network") ? network(root.get("network")) : LinkSettings.DEFAULTS;
        OverlaySettings overlay = root.has("overlay") ? overlay(root.get("overlay")) : null;

        List<NodeDef> nodes = root.has("nodes") ? nodes(root.get("nodes")) : List.of();
        List<GroupDef> groups = root.has("groups") ? groups(root.get("groups")) : List.of();
        checkPorts(nodes, groups);

        Span horizon = runFor != null ? runFor : Scenario.DEFAULT_RUN_FOR;
        LinkBinder linkBinder = new LinkBinder(values, ids);
        List<LinkDef> links = root.has("links") ? linkBinder.links(root.get("links"), path("links")) : List.of();
        GdbSettings gdb = root.has("gdb") ? new GdbBinder(values, ids).gdb(root.get("gdb"), path("gdb")) : null;
        List<EventDef> events = root.has("events")
                ? new EventBinder(values, ids, linkBinder, gdb, horizon).events(root.get("events"), path("events"))
                : List.of();
        List<Expectation> expect = root.has("expect")
                ? new ExpectationBinder(values, ids, horizon).expectations(root.get("expect"), path("expect"))
                : List.of();

        if (!values.problems().isEmpty()) {
            return null;
        }
        return new Scenario(format, name, title, description, seed, runFor, protocol, network, nodes, groups, links,
                events, expect, gdb, overlay);
    }

    private static String path(String field) {
        return JsonPaths.field(ROOT, field);
    }

    private String optionalText(ObjectNode root, String field) {
        return root.has(field) ? values.text(root.get(field), path(field)) : null;
    }

    private String slug(JsonNode node, String path) {
        String name = values.text(node, path);
        if (name != null && !SLUG.matcher(name).matches()) {
            values.error(path, "expected a slug of lower-case letters and digits joined by '-', '_' or '.' "
                    + "(e.g. \"ring-kill-master\"), found \"" + name + "\"");
            return null;
        }
        return name;
    }

    private Span runFor(JsonNode node) {
        Span span = values.duration(node, path("runFor"));
        if (span != null && span.micros() == 0) {
            values.error(path("runFor"), "expected a duration longer than 0s");
            return null;
        }
        return span;
    }

    private ProtocolConfig protocol(JsonNode node) {
        String path = path("protocol");
        ObjectNode object = values.object(node, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, PROTOCOL_FIELDS);
        ProtocolConfig d = ProtocolConfig.DEFAULTS;
        String election = d.election();
        if (object.has("election")) {
            String p = JsonPaths.field(path, "election");
            election = values.text(object.get("election"), p);
            if (election != null && !ProtocolConfig.ELECTIONS.contains(election)) {
                values.error(p, "unknown election \"" + election + "\" (expected one of: "
                        + String.join(", ", ProtocolConfig.ELECTIONS) + ")");
                election = null;
            }
        }
        Strategy strategy = d.strategy();
        if (object.has("strategy")) {
            String p = JsonPaths.field(path, "strategy");
            String text = values.text(object.get("strategy"), p);
            strategy = null;
            if (text != null) {
                for (Strategy candidate : Strategy.values()) {
                    if (candidate.jsonName().equals(text)) {
                        strategy = candidate;
                    }
                }
                if (strategy == null) {
                    values.error(p, "unknown strategy \"" + text + "\" (expected one of: port, time)");
                }
            }
        }
        Long heartbeat = object.has("heartbeatMs") ? values.integer(object.get("heartbeatMs"),
                JsonPaths.field(path, "heartbeatMs"), 1, 3_600_000, "a heartbeat in milliseconds") : Long.valueOf(d.heartbeatMs());
        Long ttl = object.has("ttlMs") ? values.integer(object.get("ttlMs"), JsonPaths.field(path, "ttlMs"), 1,
                86_400_000, "a time to live in milliseconds") : Long.valueOf(d.ttlMs());
        Long hops = object.has("beaconHops") ? values.integer(object.get("beaconHops"),
                JsonPaths.field(path, "beaconHops"), 0, 1_000_000, "a hop count") : Long.valueOf(d.beaconHops());
        if (election == null || strategy == null || heartbeat == null || ttl == null || hops == null) {
            return null;
        }
        return new ProtocolConfig(election, strategy, heartbeat, ttl, hops.intValue());
    }

    private LinkSettings network(JsonNode node) {
        String path = path("network");
        ObjectNode object = values.object(node, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, NETWORK_FIELDS);
        LinkSettingsReader reader = new LinkSettingsReader(values);
        LinkSettings d = LinkSettings.DEFAULTS;
        Double latency = reader.latency(object, path, d.latencyMs());
        Double jitter = reader.jitter(object, path, d.jitterMs());
        Double loss = reader.loss(object, path, d.loss());
        if (latency == null || jitter == null || loss == null) {
            return null;
        }
        return new LinkSettings(latency, jitter, loss);
    }

    /** {@code overlay}: public mode (SCENARIO_FORMAT.md "Public mode", PROTOCOL.md §8). */
    private OverlaySettings overlay(JsonNode node) {
        String path = path("overlay");
        ObjectNode object = values.object(node, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, OVERLAY_FIELDS);
        Boolean isPublic = object.has("public") ? values.bool(object.get("public"), JsonPaths.field(path, "public"))
                : Boolean.FALSE;
        Long connections = object.has("connections") ? values.integer(object.get("connections"),
                JsonPaths.field(path, "connections"), 1, 64, "a number of connections")
                : Long.valueOf(OverlaySettings.DEFAULT_CONNECTIONS);
        Long maintenance = object.has("maintenanceMs") ? values.integer(object.get("maintenanceMs"),
                JsonPaths.field(path, "maintenanceMs"), 1, 86_400_000, "a maintenance period in milliseconds")
                : Long.valueOf(OverlaySettings.DEFAULT_MAINTENANCE_MS);
        if (isPublic == null || connections == null || maintenance == null) {
            return null;
        }
        return new OverlaySettings(isPublic, connections.intValue(), maintenance);
    }

    // ---- nodes and groups ------------------------------------------------------------------

    private List<NodeDef> nodes(JsonNode node) {
        List<JsonNode> elements = values.array(node, path("nodes"), 0);
        List<NodeDef> nodes = new ArrayList<>();
        if (elements == null) {
            return nodes;
        }
        for (int i = 0; i < elements.size(); i++) {
            NodeDef def = node(elements.get(i), JsonPaths.index(path("nodes"), i));
            nodes.add(def);
        }
        return nodes;
    }

    private NodeDef node(JsonNode node, String path) {
        ObjectNode object = values.object(node, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, NODE_FIELDS);
        String id = null;
        JsonNode idNode = values.required(object, path, "id");
        if (idNode != null) {
            String idPath = JsonPaths.field(path, "id");
            id = nodeId(idNode, idPath);
            if (id != null && !ids.define(id, path)) {
                values.error(idPath, "duplicate node id \"" + id + "\" (first defined at " + ids.definedAt(id) + ")");
                id = null;
            }
        }
        Long port = object.has("port")
                ? values.integer(object.get("port"), JsonPaths.field(path, "port"), 1, 65535, "a port") : null;
        Double x = object.has("x") ? values.number(object.get("x"), JsonPaths.field(path, "x"), -1e6, 1e6,
                "a canvas position") : null;
        Double y = object.has("y") ? values.number(object.get("y"), JsonPaths.field(path, "y"), -1e6, 1e6,
                "a canvas position") : null;
        if (object.has("x") != object.has("y")) {
            values.error(path, "give both \"x\" and \"y\", or neither (a node without a position is placed on a circle)");
        }
        List<String> tags = object.has("tags") ? values.strings(object.get("tags"), JsonPaths.field(path, "tags"))
                : List.of();
        List<Integer> channels = object.has("channels") ? channels(object.get("channels"),
                JsonPaths.field(path, "channels")) : List.of();
        Span startAt = Span.ZERO;
        if (object.has("startAt")) {
            JsonNode start = object.get("startAt");
            String startPath = JsonPaths.field(path, "startAt");
            if (start.isTextual() && start.textValue().equals("never")) {
                startAt = Span.NEVER;
            } else if (start.isTextual() && !start.textValue().strip().startsWith("-")) {
                try {
                    startAt = Span.parse(start.textValue());
                } catch (IllegalArgumentException e) {
                    values.error(startPath, e.getMessage() + ", or \"never\", found " + Values.describe(start));
                    startAt = null;
                }
            } else {
                startAt = values.duration(start, startPath);
            }
        }
        Span birth = object.has("birth") ? values.duration(object.get("birth"), JsonPaths.field(path, "birth")) : null;
        Boolean privateNode = object.has("private") ? values.bool(object.get("private"), JsonPaths.field(path,
                "private")) : Boolean.FALSE;
        if (id == null || tags == null || channels == null || startAt == null || privateNode == null
                || (object.has("port") && port == null) || (object.has("birth") && birth == null)) {
            return null;
        }
        return new NodeDef(id, port == null ? null : port.intValue(), x, y, tags, channels, startAt, birth,
                privateNode);
    }

    private String nodeId(JsonNode node, String path) {
        String id = values.text(node, path);
        if (id != null && !NodeIds.ID.matcher(id).matches()) {
            values.error(path, "expected a node id of " + NodeIds.ID_RULE + ", found \"" + id + "\"");
            return null;
        }
        return id;
    }

    private List<Integer> channels(JsonNode node, String path) {
        List<JsonNode> elements = values.array(node, path, 0);
        if (elements == null) {
            return null;
        }
        List<Integer> channels = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Long channel = values.integer(elements.get(i), JsonPaths.index(path, i), 0, 65535, "a channel number");
            if (channel == null) {
                return null;
            }
            channels.add(channel.intValue());
        }
        return channels;
    }

    private List<GroupDef> groups(JsonNode node) {
        List<JsonNode> elements = values.array(node, path("groups"), 0);
        List<GroupDef> groups = new ArrayList<>();
        if (elements == null) {
            return groups;
        }
        for (int i = 0; i < elements.size(); i++) {
            groups.add(group(elements.get(i), JsonPaths.index(path("groups"), i)));
        }
        return groups;
    }

    private GroupDef group(JsonNode node, String path) {
        ObjectNode object = values.object(node, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, GROUP_FIELDS);
        JsonNode nameNode = values.required(object, path, "name");
        String name = nameNode == null ? null : nodeId(nameNode, JsonPaths.field(path, "name"));
        JsonNode countNode = values.required(object, path, "count");
        Long count = countNode == null ? null
                : values.integer(countNode, JsonPaths.field(path, "count"), 1, 10_000, "a node count");
        Long portBase = null;
        if (object.has("portBase")) {
            String p = JsonPaths.field(path, "portBase");
            portBase = values.integer(object.get("portBase"), p, 1, 65535, "a port");
            if (portBase != null && count != null && portBase + count - 1 > 65535) {
                values.error(p, "ports " + portBase + "…" + (portBase + count - 1) + " go past 65535");
                portBase = null;
            }
        }
        List<String> tags = object.has("tags") ? values.strings(object.get("tags"), JsonPaths.field(path, "tags"))
                : List.of();
        if (name == null || count == null || tags == null || (object.has("portBase") && portBase == null)) {
            return null;
        }
        GroupDef group = new GroupDef(name, count.intValue(), portBase == null ? null : portBase.intValue(), tags);
        for (String member : group.memberIds()) {
            if (!ids.define(member, path)) {
                values.error(JsonPaths.field(path, "name"), "group \"" + name + "\" makes \"" + member
                        + "\", already defined at " + ids.definedAt(member));
                return null;
            }
        }
        return group;
    }

    /** Explicit ports and group port ranges must not overlap (SCENARIO_FORMAT.md "nodes"). */
    private void checkPorts(List<NodeDef> nodes, List<GroupDef> groups) {
        Map<Integer, String> owners = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            NodeDef node = nodes.get(i);
            if (node == null || node.port() == null) {
                continue;
            }
            String owner = owners.putIfAbsent(node.port(), node.id());
            if (owner != null) {
                values.error(JsonPaths.field(JsonPaths.index(path("nodes"), i), "port"),
                        "port " + node.port() + " is already taken by " + owner);
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            GroupDef group = groups.get(i);
            if (group == null || group.portBase() == null) {
                continue;
            }
            List<String> members = group.memberIds();
            for (int k = 0; k < members.size(); k++) {
                String owner = owners.putIfAbsent(group.portBase() + k, members.get(k));
                if (owner != null) {
                    values.error(JsonPaths.field(JsonPaths.index(path("groups"), i), "portBase"),
                            "port " + (group.portBase() + k) + " of " + members.get(k) + " is already taken by "
                                    + owner);
                    break;
                }
            }
        }
        checkDefaultPorts(nodes, groups, owners.keySet());
    }

    /**
     * Nodes without a port take 8081 upward, skipping taken ones (Roster); there must be enough
     * of them below 65536, or the run could not place every node.
     */
    private void checkDefaultPorts(List<NodeDef> nodes, List<GroupDef> groups, java.util.Set<Integer> taken) {
        long free = 65_535 - org.clusterscope.scenario.Roster.FIRST_PORT + 1
                - taken.stream().filter(p -> p >= org.clusterscope.scenario.Roster.FIRST_PORT).count();
        long wanted = nodes.stream().filter(n -> n != null && n.port() == null).count();
        if (wanted > free) {
            values.error(path("nodes"), wanted + " nodes have no port, but only " + free + " ports are free from "
                    + org.clusterscope.scenario.Roster.FIRST_PORT + " to 65535");
            return;
        }
        for (int i = 0; i < groups.size(); i++) {
            GroupDef group = groups.get(i);
            if (group == null || group.portBase() != null) {
                continue;
            }
            wanted += group.count();
            if (wanted > free) {
                values.error(JsonPaths.field(JsonPaths.index(path("groups"), i), "count"), "not enough ports: the "
                        + wanted + " nodes without a port so far need ports from "
                        + org.clusterscope.scenario.Roster.FIRST_PORT + " upward, and only " + free
                        + " are free up to 65535 (give this group a \"portBase\" below "
                        + org.clusterscope.scenario.Roster.FIRST_PORT + ", or fewer nodes)");
                return;
            }
        }
    }
}
