package org.clusterscope.scenario.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.Span;
import org.clusterscope.net.LinkOverrides;
import org.clusterscope.runtime.Command;
import org.clusterscope.scenario.EventDef;
import org.clusterscope.scenario.Expectation;
import org.clusterscope.scenario.GdbCluster;
import org.clusterscope.scenario.GdbSettings;
import org.clusterscope.scenario.GroupDef;
import org.clusterscope.scenario.LinkDef;
import org.clusterscope.scenario.NodeDef;
import org.clusterscope.scenario.Scenario;

/**
 * Writes a {@link Scenario} as a scenario file: fields in the order of SCENARIO_FORMAT.md,
 * two-space indent, small objects and lists on one line as a person would write them, durations
 * in the form they were read in, "\n" line ends. The same scenario always gives the same bytes,
 * and reading them back gives an equal scenario.
 *
 * <p>{@link #write(Scenario, Path)} writes to a temporary file in the same folder and renames
 * it over the target, so a crash mid-save never leaves half a file.
 */
public final class ScenarioWriter {

    /** Lines longer than this are broken up. */
    static final int WIDTH = 120;

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper SCALARS = new ObjectMapper();

    /**
     * Writes the scenario to {@code file}, atomically replacing what was there, keeping its
     * permissions and any symbolic link to it ({@link SafeFile}).
     */
    public void write(Scenario scenario, Path file) throws IOException {
        SafeFile.write(file, toJson(scenario).getBytes(StandardCharsets.UTF_8));
    }

    /** The file content for a scenario. */
    public String toJson(Scenario scenario) {
        StringBuilder out = new StringBuilder();
        render(tree(scenario), 0, 0, 0, out);
        return out.append('\n').toString();
    }

    // ---- the tree, in the order of the format page -----------------------------------------

    static ObjectNode tree(Scenario s) {
        ObjectNode root = NODES.objectNode();
        root.put("format", s.format());
        root.put("name", s.name());
        if (s.title() != null) {
            root.put("title", s.title());
        }
        if (s.description() != null) {
            root.put("description", s.description());
        }
        root.put("seed", s.seed());
        root.set("runFor", span(s.runFor()));
        ObjectNode protocol = root.putObject("protocol");
        protocol.put("election", s.protocol().election());
        protocol.put("strategy", s.protocol().strategy().jsonName());
        protocol.put("heartbeatMs", s.protocol().heartbeatMs());
        protocol.put("ttlMs", s.protocol().ttlMs());
        protocol.put("beaconHops", s.protocol().beaconHops());
        ObjectNode network = root.putObject("network");
        network.set("latencyMs", number(s.network().latencyMs()));
        network.set("jitterMs", number(s.network().jitterMs()));
        network.set("loss", number(s.network().loss()));
        if (s.overlay() != null) {
            ObjectNode overlay = root.putObject("overlay");
            overlay.put("public", s.overlay().isPublic());
            overlay.put("connections", s.overlay().connections());
            overlay.put("maintenanceMs", s.overlay().maintenanceMs());
        }
        if (!s.nodes().isEmpty()) {
            ArrayNode nodes = root.putArray("nodes");
            s.nodes().forEach(node -> nodes.add(node(node)));
        }
        if (!s.groups().isEmpty()) {
            ArrayNode groups = root.putArray("groups");
            s.groups().forEach(group -> groups.add(group(group)));
        }
        if (!s.links().isEmpty()) {
            ArrayNode links = root.putArray("links");
            s.links().forEach(link -> links.add(link(link)));
        }
        if (!s.events().isEmpty()) {
            ArrayNode events = root.putArray("events");
            s.events().stream().filter(ScenarioWriter::hasFileForm).forEach(event -> events.add(event(event)));
        }
        if (!s.expect().isEmpty()) {
            ArrayNode expect = root.putArray("expect");
            s.expect().forEach(e -> expect.add(expectation(e)));
        }
        if (s.gdb() != null) {
            root.set("gdb", gdb(s.gdb()));
        }
        return root;
    }

    private static ObjectNode node(NodeDef node) {
        ObjectNode object = NODES.objectNode();
        object.put("id", node.id());
        if (node.port() != null) {
            object.put("port", node.port());
        }
        if (node.x() != null) {
            object.set("x", number(node.x()));
        }
        if (node.y() != null) {
            object.set("y", number(node.y()));
        }
        if (!node.tags().isEmpty()) {
            object.set("tags", strings(node.tags()));
        }
        if (!node.channels().isEmpty()) {
            ArrayNode channels = object.putArray("channels");
            node.channels().forEach(channels::add);
        }
        if (!node.startAt().equals(Span.ZERO)) {
            object.set("startAt", span(node.startAt()));
        }
        if (node.birth() != null) {
            object.set("birth", span(node.birth()));
        }
        if (node.privateNode()) {
            object.put("private", true);
        }
        return object;
    }

    private static ObjectNode group(GroupDef group) {
        ObjectNode object = NODES.objectNode();
        object.put("name", group.name());
        object.put("count", group.count());
        if (group.portBase() != null) {
            object.put("portBase", group.portBase());
        }
        if (!group.tags().isEmpty()) {
            object.set("tags", strings(group.tags()));
        }
        return object;
    }

    private static ObjectNode link(LinkDef link) {
        ObjectNode object = NODES.objectNode();
        if (link instanceof LinkDef.Single single) {
            object.set("link", strings(List.of(single.a(), single.b())));
        } else if (link instanceof LinkDef.Ring ring) {
            object.set("ring", strings(ring.ids()));
        } else if (link instanceof LinkDef.Clique clique) {
            object.set("clique", strings(clique.ids()));
        } else if (link instanceof LinkDef.Star star) {
            object.put("star", star.center());
            object.set("to", strings(star.to()));
        } else if (link instanceof LinkDef.Connect connect) {
            ArrayNode sides = object.putArray("connect");
            sides.add(strings(connect.left()));
            sides.add(strings(connect.right()));
        }
        overrides(object, link.overrides());
        return object;
    }

    private static void overrides(ObjectNode object, LinkOverrides overrides) {
        if (overrides.latencyMs() != null) {
            object.set("latencyMs", number(overrides.latencyMs()));
        }
        if (overrides.jitterMs() != null) {
            object.set("jitterMs", number(overrides.jitterMs()));
        }
        if (overrides.loss() != null) {
            object.set("loss", number(overrides.loss()));
        }
    }

    /**
     * Closing a discovered link and making a node private act on overlay state, which a file
     * does not hold (SCENARIO_FORMAT.md "Public mode"): such events are not written.
     */
    private static boolean hasFileForm(EventDef event) {
        return !(event.command() instanceof Command.CloseLink || event.command() instanceof Command.SetPrivate);
    }

    private static ObjectNode event(EventDef event) {
        ObjectNode object = NODES.objectNode();
        object.set("at", span(event.at()));
        String key = event.command().keyword();
        event.command().accept(new Command.Handler<Void>() {
            public Void life(Command.Life c) {
                object.put(key, c.target().text());
                return null;
            }

            public Void partition(Command.Partition c) {
                ArrayNode groups = object.putArray(key);
                c.groups().forEach(group -> groups.add(ids(group)));
                return null;
            }

            public Void nemesis(Command.Nemesis c) {
                object.put(key, c.pattern().jsonName());
                if (c.node() != null) {
                    object.put("node", c.node().value());
                }
                return null;
            }

            public Void heal(Command.Heal c) {
                object.put(key, true);
                return null;
            }

            public Void linkDown(Command.LinkDown c) {
                object.set(key, ids(List.of(c.a(), c.b())));
                return null;
            }

            public Void linkUp(Command.LinkUp c) {
                object.set(key, ids(List.of(c.a(), c.b())));
                return null;
            }

            public Void setLink(Command.SetLink c) {
                ObjectNode settings = object.putObject(key);
                settings.set("link", ids(List.of(c.a(), c.b())));
                overrides(settings, c.overrides());
                return null;
            }

            public Void setTags(Command.SetTags c) {
                ObjectNode settings = object.putObject(key);
                settings.put("node", c.node().value());
                settings.set("set", strings(c.tags()));
                return null;
            }

            public Void note(Command.Note c) {
                object.put(key, c.text());
                return null;
            }

            public Void gdbWrite(Command.GdbWrite c) {
                ObjectNode record = object.putObject(key);
                record.put("node", c.node().value());
                record.put("group", c.group());
                record.put("key", c.key());
                record.put("value", c.value());
                return null;
            }

            public Void gdbDelete(Command.GdbDelete c) {
                ObjectNode record = object.putObject(key);
                record.put("node", c.node().value());
                record.put("group", c.group());
                record.put("key", c.key());
                return null;
            }

            public Void netDown(Command.NetDown c) {
                object.put(key, c.net());
                return null;
            }

            public Void netUp(Command.NetUp c) {
                object.put(key, c.net());
                return null;
            }

            public Void closeLink(Command.CloseLink c) {
                throw new IllegalArgumentException("closing a discovered link has no form in a scenario file");
            }

            public Void setPrivate(Command.SetPrivate c) {
                throw new IllegalArgumentException("making a node private at a time has no form in a scenario file");
            }
        });
        return object;
    }

    private static ArrayNode ids(List<NodeId> ids) {
        return strings(ids.stream().map(NodeId::value).toList());
    }

    private static ObjectNode expectation(Expectation expectation) {
        ObjectNode object = NODES.objectNode();
        if (expectation instanceof Expectation.Always always) {
            object.put("always", always.invariant().jsonName());
            if (always.from() != null) {
                object.set("from", span(always.from()));
            }
            if (always.grace() != null) {
                object.set("grace", span(always.grace()));
            }
            return object;
        }
        object.set("by", span(((Expectation.Timed) expectation).by()));
        if (expectation instanceof Expectation.Master master) {
            object.put("master", master.master());
            if (master.among() != null) {
                object.set("among", strings(master.among()));
            }
        } else if (expectation instanceof Expectation.NoMaster noMaster) {
            object.set("noMaster", strings(noMaster.nodes()));
        } else if (expectation instanceof Expectation.States states) {
            ObjectNode map = object.putObject("state");
            for (Map.Entry<String, NodeState> entry : states.states().entrySet()) {
                map.put(entry.getKey(), entry.getValue().jsonName());
            }
        } else if (expectation instanceof Expectation.Masters masters) {
            object.put("masters", masters.count());
        } else if (expectation instanceof Expectation.Converged) {
            object.put("converged", true);
        } else if (expectation instanceof Expectation.Record record) {
            ObjectNode map = object.putObject("record");
            map.put("node", record.node());
            map.put("group", record.group());
            map.put("key", record.key());
            map.put("value", record.value());
        } else if (expectation instanceof Expectation.Overlay overlay) {
            ObjectNode map = object.putObject("overlay");
            if (overlay.minDegree() != null) {
                map.put("minDegree", overlay.minDegree());
            }
            if (overlay.maxDegree() != null) {
                map.put("maxDegree", overlay.maxDegree());
            }
            if (overlay.connected() != null) {
                map.put("connected", overlay.connected());
            }
            if (overlay.maxDiameter() != null) {
                map.put("maxDiameter", overlay.maxDiameter());
            }
        } else if (expectation instanceof Expectation.Degree degree) {
            ObjectNode map = object.putObject("degree");
            degree.degrees().forEach(map::put);
        } else if (expectation instanceof Expectation.NoRecord noRecord) {
            ObjectNode map = object.putObject("noRecord");
            map.put("node", noRecord.node());
            map.put("group", noRecord.group());
            map.put("key", noRecord.key());
        }
        return object;
    }

    private static ObjectNode gdb(GdbSettings gdb) {
        ObjectNode object = NODES.objectNode();
        ObjectNode nets = object.putObject("nets");
        gdb.nets().forEach((name, ids) -> nets.set(name, strings(ids)));
        ArrayNode clusters = object.putArray("clusters");
        for (GdbCluster cluster : gdb.clusters()) {
            ObjectNode c = clusters.addObject();
            c.put("name", cluster.name());
            c.put("netId", cluster.netId());
            c.put("clusterId", cluster.clusterId());
            c.put("groupMask", cluster.groupMask());
            if (cluster.ttl() != null) {
                c.set("ttl", span(cluster.ttl()));
            } else {
                c.put("ttlHours", cluster.ttlHours());
            }
            c.put("ownerRoot", cluster.ownerRoot());
            c.put("defaultRole", cluster.defaultRole().name());
            c.put("role", cluster.role().name());
            c.set("nets", strings(cluster.nets()));
            ObjectNode members = c.putObject("members");
            cluster.members().forEach((id, role) -> members.put(id, role.name()));
        }
        return object;
    }

    private static JsonNode span(Span span) {
        return span.isPlainMillis() ? NODES.numberNode(span.millis()) : NODES.textNode(span.text());
    }

    /** Whole numbers without a fraction ({@code 20}, not {@code 20.0}), others in plain decimal form. */
    private static JsonNode number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return NODES.numberNode((long) value);
        }
        return NODES.numberNode(BigDecimal.valueOf(value).stripTrailingZeros());
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    // ---- layout ----------------------------------------------------------------------------

    /**
     * Writes {@code node} starting at column {@code column}. The root and the top-level lists of
     * objects always take one line per entry; anything else goes on one line when it fits.
     */
    private static void render(JsonNode node, int indent, int column, int depth, StringBuilder out) {
        boolean container = node.isContainerNode() && !node.isEmpty();
        boolean forceBreak = depth == 0 || (depth == 1 && node.isArray() && node.get(0).isObject());
        if (!container || (!forceBreak && column + inline(node).length() <= WIDTH)) {
            out.append(inline(node));
            return;
        }
        String inner = " ".repeat(indent + 2);
        if (node.isObject()) {
            out.append("{\n");
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                String key = scalar(NODES.textNode(field.getKey())) + ": ";
                out.append(inner).append(key);
                render(field.getValue(), indent + 2, indent + 2 + key.length(), depth + 1, out);
                out.append(fields.hasNext() ? ",\n" : "\n");
            }
            out.append(" ".repeat(indent)).append('}');
        } else {
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(inner);
                render(node.get(i), indent + 2, indent + 2, depth + 1, out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            out.append(" ".repeat(indent)).append(']');
        }
    }

    private static String inline(JsonNode node) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                return "{}";
            }
            StringBuilder text = new StringBuilder("{ ");
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                text.append(scalar(NODES.textNode(field.getKey()))).append(": ").append(inline(field.getValue()));
                text.append(fields.hasNext() ? ", " : " }");
            }
            return text.toString();
        }
        if (node.isArray()) {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < node.size(); i++) {
                text.append(i > 0 ? ", " : "").append(inline(node.get(i)));
            }
            return text.append(']').toString();
        }
        return scalar(node);
    }

    private static String scalar(JsonNode node) {
        if (node.isBigDecimal()) {
            return node.decimalValue().toPlainString();
        }
        try {
            return SCALARS.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON scalar always serialises", e);
        }
    }
}
