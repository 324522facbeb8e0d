package org.clusterscope.scenario.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clusterscope.scenario.InvalidScenarioException;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.ScenarioError;

/**
 * Reads scenario files strictly (SCENARIO_FORMAT.md). Unknown fields, wrong types, unknown node
 * ids, impossible values and JSON syntax errors are all refused, each with the file, line,
 * column, JSON path and what was expected; every problem of a file is reported at once, and no
 * input makes it throw anything but {@link InvalidScenarioException}.
 *
 * <p>Reading goes: parse with positions ({@link LocatedTree}), check {@code format}, migrate the
 * tree to the current format ({@link FormatMigrations}), bind ({@link ScenarioBinder}).
 */
public final class ScenarioReader {

    private static final Pattern START_MARKER =
            Pattern.compile("\\s*\\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*at \\[Source: .*$", Pattern.DOTALL);

    private final FormatMigrations migrations;

    public ScenarioReader() {
        this(FormatMigrations.standard());
    }

    public ScenarioReader(FormatMigrations migrations) {
        this.migrations = migrations;
    }

    /** Reads a file; the error messages name it as given. */
    public Scenario read(Path file) throws InvalidScenarioException {
        String source = file.toString();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw single(source, "no such file");
        } catch (AccessDeniedException e) {
            throw single(source, "permission denied");
        } catch (IOException e) {
            throw single(source, Files.isDirectory(file) ? "is a directory, not a scenario file"
                    : "cannot be read (" + e.getMessage() + ")");
        }
        return read(source, content);
    }

    /** Reads a scenario shipped on the class path, e.g. the default demo. */
    public Scenario readResource(String resource) throws InvalidScenarioException {
        try (InputStream in = ScenarioReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw single(resource, "no such resource");
            }
            return read(resource, in.readAllBytes());
        } catch (IOException e) {
            throw single(resource, "cannot be read (" + e.getMessage() + ")");
        }
    }

    public Scenario read(String source, String text) throws InvalidScenarioException {
        return read(source, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the content of a file named {@code source} in messages. */
    public Scenario read(String source, byte[] content) throws InvalidScenarioException {
        LocatedTree tree;
        try {
            tree = LocatedTree.parse(content);
        } catch (LocatedTree.EmptyDocumentException e) {
            throw single(source, "the file is empty; expected a JSON object with \"format\" and \"name\"");
        } catch (LocatedTree.TrailingContentException e) {
            int[] at = e.position();
            throw new InvalidScenarioException(List.of(new ScenarioError(source, at[0], at[1], "",
                    "unexpected content after the end of the scenario object")));
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
            int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
            throw new InvalidScenarioException(List.of(new ScenarioError(source, line, column, syntaxPath(e),
                    "JSON syntax error: " + syntaxMessage(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw single(source, "cannot be read as JSON (" + e.getMessage() + ")");
        }

        Problems problems = new Problems(source, tree);
        Values values = new Values(problems);
        JsonNode root = tree.root();
        if (!root.isObject()) {
            values.error(JsonPaths.ROOT, "expected a JSON object at the top of the file, found " + Values.describe(root));
            throw new InvalidScenarioException(problems.sorted());
        }
        if (!checkFormat((ObjectNode) root, values)) {
            throw new InvalidScenarioException(problems.sorted());
        }
        for (String duplicate : tree.duplicates()) {
            problems.atKey(duplicate, "this field is given twice in one object");
        }
        Scenario scenario = new ScenarioBinder(values).bind(root);
        if (scenario == null || !problems.isEmpty()) {
            throw new InvalidScenarioException(problems.sorted());
        }
        return scenario;
    }

    /** Checks {@code format} and migrates the tree to the current one; false after reporting. */
    private boolean checkFormat(ObjectNode root, Values values) {
        JsonNode format = root.get("format");
        String path = JsonPaths.field(JsonPaths.ROOT, "format");
        if (format == null) {
            values.error(JsonPaths.ROOT, "missing required field \"format\" (this version writes format "
                    + migrations.current() + ")");
            return false;
        }
        Long number = values.integer(format, path, Long.MIN_VALUE, Long.MAX_VALUE, "a format number");
        if (number == null) {
            return false;
        }
        if (number > migrations.current()) {
            values.error(path, "this file is format " + number + ", newer than this version of ClusterScope reads "
                    + "(up to format " + migrations.current() + ")");
            return false;
        }
        if (!migrations.canRead(number.intValue()) || number < migrations.oldest()) {
            values.error(path, "unknown format " + number + " (this version reads formats " + migrations.oldest()
                    + " to " + migrations.current() + ")");
            return false;
        }
        migrations.migrate(root, number.intValue());
        return true;
    }

    /** The JSON path the parser had reached, e.g. {@code $.nodes[1]}, or "" when unknown. */
    private static String syntaxPath(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "";
        }
        JsonStreamContext context = parser.getParsingContext();
        java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                segments.push(JsonPaths.field("", c.getCurrentName()));
            }
        }
        return JsonPaths.ROOT + String.join("", segments);
    }

    private static String syntaxMessage(String original) {
        if (original == null) {
            return "malformed JSON";
        }
        Matcher marker = START_MARKER.matcher(original);
        String text = marker.replaceAll(" (opened at line $1, column $2)");
        text = SOURCE.matcher(text).replaceAll("");
        text = text.replace("\n", " ").replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "malformed JSON" : text;
    }

    private static InvalidScenarioException single(String source, String message) {
        return new InvalidScenarioException(List.of(new ScenarioError(source, 0, 0, "", message)));
    }
}
