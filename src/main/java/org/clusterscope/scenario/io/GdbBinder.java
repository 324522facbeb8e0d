package org.clusterscope.scenario.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clusterscope.core.Span;
import org.clusterscope.scenario.GdbCluster;
import org.clusterscope.scenario.GdbSettings;

/**
 * Binds the optional {@code gdb} section (SCENARIO_FORMAT.md "GDB clusters", PROTOCOL.md §7).
 * Network and cluster ids are hexadecimal halves of the 128-bit cluster id (up to 64 bits each).
 * A cluster gives its record lifetime as {@code ttlHours} or {@code ttl}, exactly one of them;
 * {@code ownerRoot} defaults to false, {@code defaultRole} to {@code NOBODY}, {@code role} to
 * {@code AUTONOMIC}, {@code members} to none.
 */
final class GdbBinder {

    static final List<String> FIELDS = List.of("nets", "clusters");
    static final List<String> CLUSTER_FIELDS = List.of("name", "netId", "clusterId", "groupMask", "ttlHours", "ttl",
            "ownerRoot", "defaultRole", "role", "nets", "members");
    private static final Pattern HEX = Pattern.compile("0x[0-9A-Fa-f]{1,16}");

    private final Values values;
    private final NodeIds ids;

    GdbBinder(Values values, NodeIds ids) {
        this.values = values;
        this.ids = ids;
    }

    /** The section with every part that could be bound (the caller refuses the file if anything was reported). */
    GdbSettings gdb(JsonNode node, String path) {
        ObjectNode object = values.object(node, path);
        if (object == null) {
            return new GdbSettings(Map.of(), List.of());
        }
        values.onlyFields(object, path, FIELDS);
        Map<String, List<String>> nets = new LinkedHashMap<>();
        if (object.has("nets")) {
            String netsPath = JsonPaths.field(path, "nets");
            ObjectNode netsObject = values.object(object.get("nets"), netsPath);
            if (netsObject != null) {
                for (Map.Entry<String, JsonNode> entry : Values.entries(netsObject)) {
                    String entryPath = JsonPaths.field(netsPath, entry.getKey());
                    if (entry.getKey().isBlank()) {
                        values.problems().atKey(entryPath, "expected a non-empty net name");
                        continue;
                    }
                    List<String> members = ids.refs(entry.getValue(), entryPath, 1);
                    nets.put(entry.getKey(), members == null ? List.of() : members);
                }
            }
        }
        List<GdbCluster> clusters = new ArrayList<>();
        if (object.has("clusters")) {
            String clustersPath = JsonPaths.field(path, "clusters");
            List<JsonNode> elements = values.array(object.get("clusters"), clustersPath, 0);
            Set<String> names = new HashSet<>();
            for (int i = 0; elements != null && i < elements.size(); i++) {
                String clusterPath = JsonPaths.index(clustersPath, i);
                GdbCluster cluster = cluster(elements.get(i), clusterPath, nets);
                if (cluster != null) {
                    if (!names.add(cluster.name())) {
                        values.error(JsonPaths.field(clusterPath, "name"), "duplicate cluster name \""
                                + cluster.name() + "\"");
                    }
                    clusters.add(cluster);
                }
            }
        }
        return new GdbSettings(nets, clusters);
    }

    private GdbCluster cluster(JsonNode node, String path, Map<String, List<String>> nets) {
        ObjectNode object = values.object(node, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, CLUSTER_FIELDS);
        String name = text(object, path, "name");
        String netId = hex(object, path, "netId");
        String clusterId = hex(object, path, "clusterId");
        String mask = text(object, path, "groupMask");
        Long ttlHours = null;
        Span ttl = null;
        boolean ttlOk = true;
        if (object.has("ttlHours") && object.has("ttl")) {
            values.error(JsonPaths.field(path, "ttl"), "give \"ttlHours\" or \"ttl\", not both");
            ttlOk = false;
        } else if (object.has("ttlHours")) {
            ttlHours = values.integer(object.get("ttlHours"), JsonPaths.field(path, "ttlHours"), 1, 1_000_000,
                    "a number of hours");
            ttlOk = ttlHours != null;
        } else if (object.has("ttl")) {
            String p = JsonPaths.field(path, "ttl");
            ttl = values.duration(object.get("ttl"), p);
            if (ttl != null && ttl.micros() == 0) {
                values.error(p, "expected a duration longer than 0s");
                ttl = null;
            }
            ttlOk = ttl != null;
        } else {
            values.error(path, "missing required field \"ttlHours\" (or \"ttl\")");
            ttlOk = false;
        }
        Boolean ownerRoot = object.has("ownerRoot")
                ? values.bool(object.get("ownerRoot"), JsonPaths.field(path, "ownerRoot")) : Boolean.FALSE;
        GdbCluster.MemberRole defaultRole = object.has("defaultRole")
                ? memberRole(object.get("defaultRole"), JsonPaths.field(path, "defaultRole"))
                : GdbCluster.MemberRole.NOBODY;
        GdbCluster.ClusterRole role = object.has("role") ? clusterRole(object.get("role"), JsonPaths.field(path, "role"))
                : GdbCluster.ClusterRole.AUTONOMIC;
        List<String> clusterNets = clusterNets(object, path, nets);
        Map<String, GdbCluster.MemberRole> members = members(object, path);
        if (name == null || netId == null || clusterId == null || mask == null || !ttlOk || ownerRoot == null
                || defaultRole == null || role == null || clusterNets == null || members == null) {
            return null;
        }
        return new GdbCluster(name, netId, clusterId, mask, ttlHours, ttl, ownerRoot, defaultRole, role, clusterNets,
                members);
    }

    private String text(ObjectNode object, String path, String field) {
        JsonNode node = values.required(object, path, field);
        return node == null ? null : values.nonBlank(node, JsonPaths.field(path, field));
    }

    private String hex(ObjectNode object, String path, String field) {
        String text = text(object, path, field);
        if (text != null && !HEX.matcher(text).matches()) {
            values.error(JsonPaths.field(path, field), "expected a hexadecimal id of up to 64 bits such as \"0x1\", "
                    + "found \"" + text + "\"");
            return null;
        }
        return text;
    }

    private List<String> clusterNets(ObjectNode object, String path, Map<String, List<String>> nets) {
        JsonNode node = values.required(object, path, "nets");
        if (node == null) {
            return null;
        }
        String p = JsonPaths.field(path, "nets");
        List<String> names = values.strings(node, p);
        if (names == null) {
            return null;
        }
        if (names.isEmpty()) {
            values.error(p, "expected at least one net name");
            return null;
        }
        boolean ok = true;
        for (int i = 0; i < names.size(); i++) {
            if (!nets.containsKey(names.get(i))) {
                values.error(JsonPaths.index(p, i), "unknown net \"" + names.get(i) + "\" (known nets: "
                        + (nets.isEmpty() ? "none" : String.join(", ", nets.keySet())) + ")");
                ok = false;
            }
        }
        return ok ? names : null;
    }

    private Map<String, GdbCluster.MemberRole> members(ObjectNode object, String path) {
        Map<String, GdbCluster.MemberRole> members = new LinkedHashMap<>();
        if (!object.has("members")) {
            return members;
        }
        String p = JsonPaths.field(path, "members");
        ObjectNode membersObject = values.object(object.get("members"), p);
        if (membersObject == null) {
            return null;
        }
        boolean ok = true;
        for (Map.Entry<String, JsonNode> entry : Values.entries(membersObject)) {
            String entryPath = JsonPaths.field(p, entry.getKey());
            if (!ids.contains(entry.getKey())) {
                values.problems().atKey(entryPath, ids.unknown(entry.getKey()));
                ok = false;
                continue;
            }
            GdbCluster.MemberRole role = memberRole(entry.getValue(), entryPath);
            ok &= role != null;
            members.put(entry.getKey(), role);
        }
        return ok ? members : null;
    }

    private GdbCluster.MemberRole memberRole(JsonNode node, String path) {
        String text = values.text(node, path);
        if (text == null) {
            return null;
        }
        for (GdbCluster.MemberRole role : GdbCluster.MemberRole.values()) {
            if (role.name().equals(text)) {
                return role;
            }
        }
        values.error(path, "unknown member role \"" + text + "\" (expected one of: "
                + String.join(", ", Arrays.stream(GdbCluster.MemberRole.values()).map(Enum::name).toList()) + ")");
        return null;
    }

    private GdbCluster.ClusterRole clusterRole(JsonNode node, String path) {
        String text = values.text(node, path);
        if (text == null) {
            return null;
        }
        for (GdbCluster.ClusterRole role : GdbCluster.ClusterRole.values()) {
            if (role.name().equals(text)) {
                return role;
            }
        }
        values.error(path, "unknown cluster role \"" + text + "\" (expected one of: "
                + String.join(", ", Arrays.stream(GdbCluster.ClusterRole.values()).map(Enum::name).toList()) + ")");
        return null;
    }
}
