package org.clusterscope.scenario.io;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final Map<String, int[]> values = new HashMap<>();
    private final Map<String, int[]> keys = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    private final List<String> duplicates = new java.util.ArrayList<>();
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
            tree.root = tree.read(parser, JsonPaths.ROOT);
            if (parser.nextToken() != null) {
                throw new TrailingContentException(position(parser.currentTokenLocation()));
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
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            default:
                return NODES.nullNode();
        }
    }

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
