package org.clusterscope.scenario.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The node ids a file defines, in scenario order, and the checks of every reference to them:
 * "A reference to an unknown node id is such an error too" (SCENARIO_FORMAT.md "expect").
 */
final class NodeIds {

    /** Letters, digits, '.', '_' and '-', not starting with a punctuation mark (so never "@master"). */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    static final String ID_RULE = "letters, digits, '.', '_' or '-', starting with a letter or digit";

    private final Values values;
    private final Map<String, String> definedAt = new LinkedHashMap<>();

    NodeIds(Values values) {
        this.values = values;
    }

    /** Records a definition; false if the id was already defined (the caller reports it). */
    boolean define(String id, String path) {
        return definedAt.putIfAbsent(id, path) == null;
    }

    String definedAt(String id) {
        return definedAt.get(id);
    }

    boolean contains(String id) {
        return definedAt.containsKey(id);
    }

    List<String> all() {
        return List.copyOf(definedAt.keySet());
    }

    /** A reference to a defined node, or null after reporting. */
    String ref(JsonNode node, String path) {
        String id = values.text(node, path);
        if (id == null) {
            return null;
        }
        if (!definedAt.containsKey(id)) {
            values.error(path, unknown(id));
            return null;
        }
        return id;
    }

    /**
     * A list of at least {@code min} references, each defined and none twice; null after
     * reporting any problem.
     */
    List<String> refs(JsonNode node, String path, int min) {
        List<JsonNode> elements = values.array(node, path, min);
        if (elements == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < elements.size(); i++) {
            String elementPath = JsonPaths.index(path, i);
            String id = ref(elements.get(i), elementPath);
            if (id == null) {
                ok = false;
            } else if (!seen.add(id)) {
                values.error(elementPath, "node \"" + id + "\" is listed twice");
                ok = false;
            }
            ids.add(id);
        }
        return ok ? ids : null;
    }

    /** The message for a reference to an id the file does not define. */
    String unknown(String id) {
        return "unknown node id \"" + id + "\"" + known();
    }

    private String known() {
        if (definedAt.isEmpty()) {
            return " (the file defines no nodes)";
        }
        List<String> ids = new ArrayList<>(definedAt.keySet());
        String shown = String.join(", ", ids.subList(0, Math.min(12, ids.size())));
        return " (known ids: " + shown + (ids.size() > 12 ? ", …" : "") + ")";
    }
}
