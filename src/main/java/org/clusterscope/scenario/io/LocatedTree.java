package org.clusterscope.scenario.io;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON tree that remembers where each value came from. Jackson's {@link JsonNode} keeps no
 * positions, so this walks the streaming parser once, builds the tree itself and records the
 * line and column of every value and every field name by its JSON path. Error messages then
 * point at the exact spot (SCENARIO_FORMAT.md: file, line, column, path).
 *
 * <p>A field given twice in one object is kept (the later value wins, as JSON parsers do) and
 * reported through {@link #duplicates()}, since a scenario author almost always means one of them.
 */
final class LocatedTree {

    /** Deepest nesting of arrays and objects a file may have. */
    static final int MAX_DEPTH = 1_000;
    /** Longest string a file may hold, in characters. */
    static final int MAX_STRING = 20_000_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(1_000)
                    .maxStringLength(MAX_STRING).build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final Map<String, int[]> values = new HashMap<>();
    private final Map<String, int[]> keys = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    private final List<String> duplicates = new java.util.ArrayList<>();
    private final Map<String, String> hugeNumbers = new java.util.LinkedHashMap<>();
    private JsonNode root;

    private LocatedTree() {
    }

    /**
     * Parses a whole document.
     *
     * @throws IOException for malformed JSON (a {@link com.fasterxml.jackson.core.JsonProcessingException}
     *         carries the location) or content after the end of the document
     */
    static LocatedTree parse(byte[] content) throws IOException {
        LocatedTree tree = new LocatedTree();
        try (JsonParser parser = FACTORY.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new EmptyDocumentException();
            }
            try {
                tree.root = tree.read(parser, JsonPaths.ROOT);
                if (parser.nextToken() != null) {
                    throw new TrailingContentException(position(parser.currentTokenLocation()));
                }
            } catch (StreamConstraintsException e) {
                throw new LimitException(position(parser.currentLocation()), pathOf(parser),
                        limit(e.getOriginalMessage()));
            }
        }
        return tree;
    }

    JsonNode root() {
        return root;
    }

    List<String> duplicates() {
        return duplicates;
    }

    /**
     * Where the value at {@code path} starts (or its field name, when {@code atKey}); for a path
     * the file does not hold, the nearest enclosing value that it does.
     */
    int[] position(String path, boolean atKey) {
        if (atKey && keys.containsKey(path)) {
            return keys.get(path);
        }
        for (String p = path; p != null; p = parents.containsKey(p) ? parents.get(p) : enclosing(p)) {
            int[] at = values.get(p);
            if (at != null) {
                return at;
            }
        }
        return new int[] {0, 0};
    }

    private static String enclosing(String path) {
        if (path == null || path.equals(JsonPaths.ROOT)) {
            return null;
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? JsonPaths.ROOT : path.substring(0, cut);
    }

    private JsonNode read(JsonParser parser, String path) throws IOException {
        values.put(path, position(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readObject(parser, path);
            case START_ARRAY:
                return readArray(parser, path);
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(parser, path);
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            default:
                return NODES.nullNode();
        }
    }

    /**
     * A number as written, or, for one no field could hold (an exponent past the range of
     * {@link java.math.BigDecimal}, such as {@code 1e2147483648}, or more than
     * {@link #MAX_NUMBER_CHARS} characters), a {@link TooBigNumber} the binders refuse with its
     * place, instead of the parser's NumberFormatException: it is kept out of the tree (a null
     * stands in) and listed by {@link #hugeNumbers()}, which the reader refuses before binding.
     */
    private JsonNode number(JsonParser parser, String path) throws IOException {
        String text = parser.getText();
        if (text.length() > MAX_NUMBER_CHARS) {
            return huge(path, text);
        }
        try {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            java.math.BigDecimal value = parser.getDecimalValue();
            // an exponent this far out means nothing to any field, and BigDecimal arithmetic on it
            // (stripTrailingZeros, doubleValue) may take very long or overflow
            if (Math.abs((long) value.scale()) > MAX_EXPONENT || value.precision() - (long) value.scale() > MAX_EXPONENT) {
                return huge(path, text);
            }
            return NODES.numberNode(value);
        } catch (NumberFormatException | ArithmeticException e) {
            return huge(path, text);
        }
    }

    private JsonNode huge(String path, String text) {
        hugeNumbers.put(path, text.length() > 24 ? text.substring(0, 12) + "…" + text.substring(text.length() - 8)
                + " (" + text.length() + " characters)" : text);
        return NODES.nullNode();
    }

    /** Paths of the numbers too big to hold, each with a short form of what was written. */
    Map<String, String> hugeNumbers() {
        return hugeNumbers;
    }

    /** No scenario field holds a number of more characters than this. */
    static final int MAX_NUMBER_CHARS = 40;
    /** Nor a number beyond 10 to this power, either way. */
    static final long MAX_EXPONENT = 400;

    private ObjectNode readObject(JsonParser parser, String path) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String child = JsonPaths.field(path, name);
            if (object.has(name)) {
                duplicates.add(child);
            }
            keys.put(child, position(parser.currentTokenLocation()));
            parents.put(child, path);
            parser.nextToken();
            object.set(name, read(parser, child));
        }
        return object;
    }

    private ArrayNode readArray(JsonParser parser, String path) throws IOException {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String child = JsonPaths.index(path, index++);
            parents.put(child, path);
            array.add(read(parser, child));
        }
        return array;
    }

    private static int[] position(JsonLocation location) {
        return new int[] {location.getLineNr(), location.getColumnNr()};
    }

    /** The JSON path the parser has reached, e.g. {@code $.nodes[1]}. */
    static String pathOf(JsonParser parser) {
        com.fasterxml.jackson.core.JsonStreamContext context = parser.getParsingContext();
        java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
        for (com.fasterxml.jackson.core.JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                segments.push(JsonPaths.field("", c.getCurrentName()));
            }
        }
        return JsonPaths.ROOT + String.join("", segments);
    }

    /** A parser limit in words: which one, and how far it goes, without naming the parser's settings. */
    private static String limit(String original) {
        String text = original == null ? "" : original;
        if (text.contains("nesting depth")) {
            return "arrays and objects are nested deeper than " + MAX_DEPTH + " levels";
        }
        if (text.contains("String value length")) {
            return "a string is longer than " + MAX_STRING + " characters";
        }
        if (text.contains("Number value length")) {
            return "a number is longer than 1000 digits";
        }
        return "the file goes past a limit of the reader";
    }

    /** A parser limit was reached (depth, length of a string or a number). */
    static final class LimitException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int[] position;

        private final String path;

        LimitException(int[] position, String path, String message) {
            super(message);
            this.position = position;
            this.path = path;
        }

        String path() {
            return path;
        }

        int[] position() {
            return position.clone();
        }
    }

    /** The file holds nothing but white space. */
    static final class EmptyDocumentException extends IOException {
        private static final long serialVersionUID = 1L;

        EmptyDocumentException() {
            super("the file is empty");
        }
    }

    /** Something follows the end of the top-level value. */
    static final class TrailingContentException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int[] position;

        TrailingContentException(int[] position) {
            super("unexpected content after the end of the scenario object");
            this.position = position;
        }

        int[] position() {
            return position.clone();
        }
    }
}
