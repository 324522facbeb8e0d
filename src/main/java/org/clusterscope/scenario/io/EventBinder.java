package org.clusterscope.scenario.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clusterscope.core.NearMiss;
import org.clusterscope.core.NodeId;
import org.clusterscope.core.Span;
import org.clusterscope.net.LinkOverrides;
import org.clusterscope.net.NemesisPattern;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.NodeTarget;
import org.clusterscope.scenario.EventDef;
import org.clusterscope.scenario.GdbSettings;

/** Binds {@code events}: an instant within {@code runFor} and exactly one action (SCENARIO_FORMAT.md "events"). */
final class EventBinder {

    static final List<String> ACTIONS = List.of("kill", "quit", "restart", "start", "partition", "nemesis", "heal",
            "linkDown", "linkUp", "setLink", "tags", "note", "write", "delete", "netDown", "netUp");
    static final List<String> FIELDS;

    static {
        List<String> fields = new ArrayList<>();
        fields.add("at");
        fields.addAll(ACTIONS);
        fields.add("node");
        FIELDS = List.copyOf(fields);
    }

    private static final List<String> SET_LINK_FIELDS = List.of("link", "latencyMs", "jitterMs", "loss");
    private static final List<String> TAGS_FIELDS = List.of("node", "set");
    private static final List<String> WRITE_FIELDS = List.of("node", "group", "key", "value");
    private static final List<String> DELETE_FIELDS = List.of("node", "group", "key");

    private final Values values;
    private final NodeIds ids;
    private final LinkBinder links;
    private final GdbSettings gdb;
    private final Span horizon;

    EventBinder(Values values, NodeIds ids, LinkBinder links, GdbSettings gdb, Span horizon) {
        this.values = values;
        this.ids = ids;
        this.links = links;
        this.gdb = gdb;
        this.horizon = horizon;
    }

    List<EventDef> events(JsonNode node, String path) {
        List<JsonNode> elements = values.array(node, path, 0);
        List<EventDef> events = new ArrayList<>();
        if (elements == null) {
            return events;
        }
        for (int i = 0; i < elements.size(); i++) {
            events.add(event(elements.get(i), JsonPaths.index(path, i)));
        }
        return events;
    }

    private EventDef event(JsonNode node, String path) {
        ObjectNode object = values.object(node, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, FIELDS);
        Span at = null;
        JsonNode atNode = values.required(object, path, "at");
        if (atNode != null) {
            at = values.duration(atNode, JsonPaths.field(path, "at"));
            if (at != null && at.compareTo(horizon) > 0) {
                values.error(JsonPaths.field(path, "at"), "the event at " + at + " comes after the end of the run "
                        + "(runFor " + horizon + ")");
                at = null;
            }
        }
        List<String> actions = ACTIONS.stream().filter(object::has).toList();
        if (actions.isEmpty()) {
            values.error(path, "expected one action: " + Values.quoted(ACTIONS));
            return null;
        }
        if (actions.size() > 1) {
            values.error(path, "expected one action per event, found " + Values.quoted(actions));
            return null;
        }
        String keyword = actions.get(0);
        if (object.has("node") && !keyword.equals("nemesis")) {
            values.error(JsonPaths.field(path, "node"), "\"node\" goes only with \"nemesis\": \"isolate\"");
        }
        Command command = command(keyword, object, path);
        return at == null || command == null ? null : new EventDef(at, command);
    }

    private Command command(String keyword, ObjectNode object, String path) {
        String p = JsonPaths.field(path, keyword);
        JsonNode value = object.get(keyword);
        switch (keyword) {
            case "kill", "quit", "restart", "start": {
                NodeTarget target = target(value, p);
                return target == null ? null
                        : new Command.Life(Command.LifeKind.valueOf(keyword.toUpperCase(java.util.Locale.ROOT)), target);
            }
            case "partition":
                return partition(value, p);
            case "nemesis":
                return nemesis(object, path, value, p);
            case "heal":
                return values.isTrue(value, p) ? new Command.Heal() : null;
            case "linkDown", "linkUp": {
                List<String> pair = existingLink(value, p);
                if (pair == null) {
                    return null;
                }
                return keyword.equals("linkDown") ? new Command.LinkDown(NodeId.of(pair.get(0)), NodeId.of(pair.get(1)))
                        : new Command.LinkUp(NodeId.of(pair.get(0)), NodeId.of(pair.get(1)));
            }
            case "setLink":
                return setLink(value, p);
            case "tags":
                return tags(value, p);
            case "note": {
                String text = values.nonBlank(value, p);
                return text == null ? null : new Command.Note(text);
            }
            case "write":
                return write(value, p);
            case "delete":
                return delete(value, p);
            default: {
                String net = net(value, p);
                if (net == null) {
                    return null;
                }
                return keyword.equals("netDown") ? new Command.NetDown(net) : new Command.NetUp(net);
            }
        }
    }

    private NodeTarget target(JsonNode value, String path) {
        if (value.isTextual() && value.textValue().equals(NodeTarget.MASTER)) {
            return NodeTarget.master();
        }
        String id = values.text(value, path);
        if (id == null) {
            return null;
        }
        if (!ids.contains(id)) {
            values.error(path, ids.unknown(id) + " or \"" + NodeTarget.MASTER + "\"");
            return null;
        }
        return NodeTarget.node(id);
    }

    private Command partition(JsonNode value, String path) {
        List<JsonNode> groups = values.array(value, path, 1);
        if (groups == null) {
            return null;
        }
        List<List<String>> result = new ArrayList<>();
        Map<String, String> placed = new HashMap<>();
        boolean ok = true;
        for (int g = 0; g < groups.size(); g++) {
            String groupPath = JsonPaths.index(path, g);
            List<String> group = ids.refs(groups.get(g), groupPath, 1);
            if (group == null) {
                ok = false;
                continue;
            }
            for (int i = 0; i < group.size(); i++) {
                String earlier = placed.putIfAbsent(group.get(i), groupPath);
                if (earlier != null) {
                    values.error(JsonPaths.index(groupPath, i), "node \"" + group.get(i)
                            + "\" is already in the group at " + earlier);
                    ok = false;
                }
            }
            result.add(group);
        }
        return ok ? new Command.Partition(result.stream().map(EventBinder::nodeIds).toList()) : null;
    }

    private Command nemesis(ObjectNode object, String path, JsonNode value, String p) {
        String name = values.text(value, p);
        if (name == null) {
            return null;
        }
        NemesisPattern pattern = NemesisPattern.fromJson(name);
        if (pattern == null) {
            List<String> names = java.util.Arrays.stream(NemesisPattern.values()).map(NemesisPattern::jsonName).toList();
            values.error(p, "unknown nemesis \"" + name + "\"" + NearMiss.suggestion(name, names)
                    + " (expected one of: " + String.join(", ", names) + ")");
            return null;
        }
        String node = null;
        if (object.has("node")) {
            String nodePath = JsonPaths.field(path, "node");
            if (pattern != NemesisPattern.ISOLATE) {
                values.error(nodePath, "\"node\" goes only with \"nemesis\": \"isolate\"");
                return null;
            }
            node = ids.ref(object.get("node"), nodePath);
            if (node == null) {
                return null;
            }
        }
        return new Command.Nemesis(pattern, node == null ? null : NodeId.of(node));
    }

    private List<String> existingLink(JsonNode value, String path) {
        List<String> pair = links.pairOf(value, path);
        if (pair != null && !links.linked(pair.get(0), pair.get(1))) {
            values.error(path, "no link joins \"" + pair.get(0) + "\" and \"" + pair.get(1) + "\" in \"links\"");
            return null;
        }
        return pair;
    }

    private Command setLink(JsonNode value, String path) {
        ObjectNode object = values.object(value, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, SET_LINK_FIELDS);
        JsonNode linkNode = values.required(object, path, "link");
        List<String> pair = linkNode == null ? null : existingLink(linkNode, JsonPaths.field(path, "link"));
        LinkOverrides overrides = new LinkSettingsReader(values).overrides(object, path);
        if (overrides != null && overrides.isEmpty()) {
            values.error(path, "setLink changes nothing: give \"latencyMs\", \"jitterMs\" or \"loss\"");
            return null;
        }
        return pair == null || overrides == null ? null : new Command.SetLink(NodeId.of(pair.get(0)), NodeId.of(pair.get(1)), overrides);
    }

    private Command tags(JsonNode value, String path) {
        ObjectNode object = values.object(value, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, TAGS_FIELDS);
        JsonNode nodeNode = values.required(object, path, "node");
        JsonNode setNode = values.required(object, path, "set");
        String node = nodeNode == null ? null : ids.ref(nodeNode, JsonPaths.field(path, "node"));
        List<String> set = setNode == null ? null : values.strings(setNode, JsonPaths.field(path, "set"));
        return node == null || set == null ? null : new Command.SetTags(NodeId.of(node), set);
    }

    private Command write(JsonNode value, String path) {
        ObjectNode object = values.object(value, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, WRITE_FIELDS);
        String node = nodeField(object, path);
        String group = textField(object, path, "group");
        String key = textField(object, path, "key");
        String text = valueField(object, path);
        return node == null || group == null || key == null || text == null ? null
                : new Command.GdbWrite(NodeId.of(node), group, key, text);
    }

    private Command delete(JsonNode value, String path) {
        ObjectNode object = values.object(value, path);
        if (object == null) {
            return null;
        }
        values.onlyFields(object, path, DELETE_FIELDS);
        String node = nodeField(object, path);
        String group = textField(object, path, "group");
        String key = textField(object, path, "key");
        return node == null || group == null || key == null ? null : new Command.GdbDelete(NodeId.of(node), group, key);
    }

    private String nodeField(ObjectNode object, String path) {
        JsonNode node = values.required(object, path, "node");
        return node == null ? null : ids.ref(node, JsonPaths.field(path, "node"));
    }

    private String textField(ObjectNode object, String path, String field) {
        JsonNode node = values.required(object, path, field);
        return node == null ? null : values.nonBlank(node, JsonPaths.field(path, field));
    }

    private String valueField(ObjectNode object, String path) {
        JsonNode node = values.required(object, path, "value");
        return node == null ? null : values.text(node, JsonPaths.field(path, "value"));
    }

    private String net(JsonNode value, String path) {
        String name = values.text(value, path);
        if (name == null) {
            return null;
        }
        if (gdb == null) {
            values.error(path, "unknown net \"" + name + "\" (the file has no \"gdb\" section)");
            return null;
        }
        if (!gdb.nets().containsKey(name)) {
            values.error(path, "unknown net \"" + name + "\" (known nets: " + String.join(", ", gdb.nets().keySet())
                    + ")");
            return null;
        }
        return name;
    }

    private static List<NodeId> nodeIds(List<String> ids) {
        return ids.stream().map(NodeId::of).toList();
    }
}
