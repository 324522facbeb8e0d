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

    /** "Non-standard token 'NaN': enable `JsonReadFeature…` to allow": NaN and Infinity are no JSON numbers. */
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'[^;]*");
    /** The parser's advice to turn on one of its features, which a scenario author cannot do. */
    private static final Pattern PARSER_ADVICE = Pattern.compile(
            "\\s*[(;:]?\\s*(?:enable|set|use|maybe)?[^();:]*(?:JsonReadFeature|JsonParser\\.Feature|StreamReadConstraints|Feature\\.)[^();]*\\)?");

    private final FormatMigrations migrations;

    public ScenarioReader() {
        this(FormatMigrations.standard());
    }

    public ScenarioReader(FormatMigrations migrations) {
        this.migrations = migrations;
    }

    /** The largest scenario file read (SCENARIO_FORMAT.md "Input limits"). */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    /**
     * Reads a file; the error messages name it as given. Only a regular file of at most
     * {@link #MAX_FILE_BYTES} is read: a FIFO with no writer would wait forever and a device such
     * as /dev/zero never ends, so both are refused before they are opened.
     */
    public Scenario read(Path file) throws InvalidScenarioException {
        return read(file.toString(), readLimited(file));
    }

    /** The bytes of a regular file of at most 16 MiB, or a refusal in words. */
    public static byte[] readLimited(Path file) throws InvalidScenarioException {
        String source = file.toString();
        java.nio.file.attribute.BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw single(source, "no such file");
        } catch (AccessDeniedException e) {
            throw single(source, "permission denied");
        } catch (IOException e) {
            throw single(source, "cannot be read (" + IoErrors.reason(e) + ")");
        }
        if (attributes.isDirectory()) {
            throw single(source, "is a directory, not a scenario file");
        }
        if (!attributes.isRegularFile()) {
            throw single(source, "is not a regular file (a pipe, a device or a socket); save the scenario to a "
                    + "file and give its name");
        }
        if (attributes.size() > MAX_FILE_BYTES) {
            throw single(source, "is larger than 16 MiB (" + attributes.size() + " bytes); a scenario file is "
                    + "at most 16 MiB");
        }
        // the file may grow between the check and the read: never take more than the limit
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (content.length > MAX_FILE_BYTES) {
                throw single(source, "is larger than 16 MiB; a scenario file is at most 16 MiB");
            }
            return content;
        } catch (NoSuchFileException e) {
            throw single(source, "no such file");
        } catch (AccessDeniedException e) {
            throw single(source, "permission denied");
        } catch (IOException e) {
            throw single(source, "cannot be read (" + IoErrors.reason(e) + ")");
        }
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
            throw new InvalidScenarioException(List.of(new ScenarioError(source, at[0], at[1], JsonPaths.ROOT,
                    "unexpected content after the end of the scenario object")));
        } catch (LocatedTree.LimitException e) {
            int[] at = e.position();
            throw new InvalidScenarioException(List.of(new ScenarioError(source, at[0], at[1], e.path(), e.getMessage())));
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
        if (!tree.hugeNumbers().isEmpty()) {
            tree.hugeNumbers().forEach((path, text) -> values.error(path, "the number " + text
                    + " is out of range: no field takes a number of more than " + LocatedTree.MAX_NUMBER_CHARS
                    + " characters or beyond 1e" + LocatedTree.MAX_EXPONENT));
            throw new InvalidScenarioException(problems.sorted());
        }
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
        return e.getProcessor() instanceof JsonParser parser ? LocatedTree.pathOf(parser) : "";
    }

    private static String syntaxMessage(String original) {
        if (original == null) {
            return "malformed JSON";
        }
        Matcher marker = START_MARKER.matcher(original);
        String text = marker.replaceAll(" (opened at line $1, column $2)");
        text = SOURCE.matcher(text).replaceAll("");
        text = NON_STANDARD.matcher(text).replaceAll("'$1' is not allowed in JSON");
        text = PARSER_ADVICE.matcher(text).replaceAll("");
        text = text.replace("\n", " ").replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "malformed JSON" : text;
    }

    private static InvalidScenarioException single(String source, String message) {
        return new InvalidScenarioException(List.of(new ScenarioError(source, 0, 0, "", message)));
    }
}
