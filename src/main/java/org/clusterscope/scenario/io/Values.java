package org.clusterscope.scenario.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clusterscope.core.NearMiss;
import org.clusterscope.core.Span;

/**
 * Typed access to the JSON tree for the binders. Each reader returns null after reporting what
 * it expected and what it found, so binding goes on and a file's problems are all collected in
 * one pass instead of one per attempt.
 */
final class Values {

    private final Problems problems;

    Values(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    void error(String path, String message) {
        problems.at(path, message);
    }

    // ---- structure -------------------------------------------------------------------------

    /** Reports every field of {@code object} that is not in {@code allowed}. */
    void onlyFields(ObjectNode object, String path, Collection<String> allowed) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.atKey(JsonPaths.field(path, name), "unknown field \"" + name + "\""
                        + NearMiss.suggestion(name, allowed) + " (expected one of: " + String.join(", ", allowed) + ")");
            }
        }
    }

    /** The value of a required field, or null after reporting that it is missing. */
    JsonNode required(ObjectNode object, String path, String name) {
        JsonNode value = object.get(name);
        if (value == null) {
            problems.at(path, "missing required field \"" + name + "\"");
        }
        return value;
    }

    ObjectNode object(JsonNode node, String path) {
        if (node.isObject()) {
            return (ObjectNode) node;
        }
        problems.at(path, "expected an object, found " + describe(node));
        return null;
    }

    /** The elements of an array with at least {@code min} of them, or null. */
    List<JsonNode> array(JsonNode node, String path, int min) {
        if (!node.isArray()) {
            problems.at(path, "expected an array, found " + describe(node));
            return null;
        }
        if (node.size() < min) {
            problems.at(path, "expected an array of at least " + min + (min == 1 ? " element" : " elements")
                    + ", found " + (node.isEmpty() ? "an empty one" : "one of " + node.size()));
            return null;
        }
        List<JsonNode> elements = new ArrayList<>();
        node.elements().forEachRemaining(elements::add);
        return elements;
    }

    String text(JsonNode node, String path) {
        if (node.isTextual()) {
            return node.textValue();
        }
        problems.at(path, "expected a string, found " + describe(node));
        return null;
    }

    /** A string that is not blank. */
    String nonBlank(JsonNode node, String path) {
        String text = text(node, path);
        if (text != null && text.isBlank()) {
            problems.at(path, "expected a non-empty string");
            return null;
        }
        return text;
    }

    Boolean bool(JsonNode node, String path) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        problems.at(path, "expected true or false, found " + describe(node));
        return null;
    }

    /** {@code true}, the only value of flags like {@code "heal": true}. */
    boolean isTrue(JsonNode node, String path) {
        if (node.isBoolean() && node.booleanValue()) {
            return true;
        }
        problems.at(path, "expected true, found " + describe(node));
        return false;
    }

    /** An integer in {@code [min, max]}; {@code what} names it in the message, e.g. "a port". */
    Long integer(JsonNode node, String path, long min, long max, String what) {
        if (!node.isIntegralNumber()) {
            problems.at(path, "expected " + what + " (an integer), found " + describe(node));
            return null;
        }
        if (!node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
            problems.at(path, "expected " + what + range(min, max) + ", found " + node.asText());
            return null;
        }
        return node.longValue();
    }

    /** A finite number in {@code [min, max]}. */
    Double number(JsonNode node, String path, double min, double max, String what) {
        if (!node.isNumber()) {
            problems.at(path, "expected " + what + " (a number), found " + describe(node));
            return null;
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value) || value < min || value > max) {
            problems.at(path, "expected " + what + " between " + plain(min) + " and " + plain(max) + ", found "
                    + node.asText());
            return null;
        }
        return value;
    }

    /** A duration: a string with a unit, or a plain integer of milliseconds (SCENARIO_FORMAT.md "Durations"). */
    Span duration(JsonNode node, String path) {
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong() || node.longValue() < 0) {
                problems.at(path, "expected a duration, found " + node.asText()
                        + (node.canConvertToLong() ? " (a duration cannot be negative)" : " (too long)"));
                return null;
            }
            try {
                return Span.ofMillis(node.longValue());
            } catch (IllegalArgumentException e) {
                problems.at(path, "expected a duration, found " + node.asText() + " (" + e.getMessage() + ")");
                return null;
            }
        }
        if (!node.isTextual()) {
            problems.at(path, "expected a duration such as \"250ms\", \"10s\", \"2m\" or an integer of "
                    + "milliseconds, found " + describe(node));
            return null;
        }
        try {
            return Span.parse(node.textValue());
        } catch (IllegalArgumentException e) {
            problems.at(path, e.getMessage() + ", found " + describe(node));
            return null;
        }
    }

    /** An array of strings (possibly empty). */
    List<String> strings(JsonNode node, String path) {
        List<JsonNode> elements = array(node, path, 0);
        if (elements == null) {
            return null;
        }
        List<String> result = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < elements.size(); i++) {
            String text = text(elements.get(i), JsonPaths.index(path, i));
            ok &= text != null;
            result.add(text);
        }
        return ok ? result : null;
    }

    // ---- wording ---------------------------------------------------------------------------

    /** How a found value reads in a message: {@code the string "10x"}, {@code the number 3}, {@code an array}. */
    static String describe(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.length() > 40) {
                text = text.substring(0, 37) + "...";
            }
            return "the string \"" + text + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return node.isEmpty() ? "an empty array" : "an array";
        }
        if (node.isObject()) {
            return node.isEmpty() ? "an empty object" : "an object";
        }
        return "null";
    }

    static String quoted(Collection<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    private static String range(long min, long max) {
        if (max == Long.MAX_VALUE) {
            return min == 0 ? " of 0 or more" : " of " + min + " or more";
        }
        return " between " + min + " and " + max;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Field names of an object, in file order. */
    static List<String> names(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Entries of an object, in file order. */
    static List<Map.Entry<String, JsonNode>> entries(ObjectNode object) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        object.fields().forEachRemaining(entries::add);
        return entries;
    }
}
