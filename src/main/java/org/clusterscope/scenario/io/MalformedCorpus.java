package org.clusterscope.scenario.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Broken scenario files made from good ones, a pure function of the seed: each is invalid for
 * sure (cut short, a value replaced by one no field takes, a required field removed, a field given
 * twice, an unknown field), so reading it must end in a refusal with file, line, column, path and
 * what was expected. The reader's hostile-input test and the {@code fuzz-input} command use it.
 */
public final class MalformedCorpus {

    /** One generated file: a name saying how it was made, and its bytes. */
    public record Sample(String name, byte[] content) {
    }

    /** Values no field of the format takes, each hostile in its own way. */
    private static final List<String> HOSTILE = List.of(
            "NaN", "-Infinity", "1e2147483648", "-1e-2147483649", "9".repeat(1200),
            "[".repeat(1100) + "]".repeat(1100), "{\"\\u0001zz\": 1}", "{\"\\u001b]0;t\\u0007\": []}",
            "\"1" + "0".repeat(5000) + "ms\"", "{\"format\": 1, \"name\": \"inner\"}",
            "[{\"id\": \"@master\"}]", "0x10", "'single'", "tru", "nul", "1.", ".5", "+1", "01",
            "\"\\uD800\"", "[1,]", "{\"a\" 1}");

    private static final JsonFactory FACTORY = new JsonFactory();

    private MalformedCorpus() {
    }

    /** {@code count} broken variants of {@code seeds} (good scenario files), from {@code seed}. */
    public static List<Sample> generate(List<byte[]> seeds, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Sample> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int which = random.nextInt(seeds.size());
            String text = new String(seeds.get(which), StandardCharsets.UTF_8);
            List<int[]> spans = valueSpans(text);
            int family = random.nextInt(5);
            String mutated;
            String how;
            switch (family) {
                case 0 -> {
                    int end = text.stripTrailing().length();
                    int cut = 1 + random.nextInt(end - 1);
                    mutated = text.substring(0, cut);
                    how = "cut-" + cut;
                }
                case 1 -> {
                    int[] span = spans.get(random.nextInt(spans.size()));
                    String value = HOSTILE.get(random.nextInt(HOSTILE.size()));
                    mutated = text.substring(0, span[0]) + value + text.substring(span[1]);
                    how = "value-" + span[0];
                }
                case 2 -> {
                    String field = random.nextBoolean() ? "\"format\"" : "\"name\"";
                    int at = text.indexOf(field);
                    int comma = text.indexOf(',', at);
                    mutated = text.substring(0, at) + text.substring(comma + 1);
                    how = "without-" + field.replace("\"", "");
                }
                case 3 -> {
                    int brace = text.indexOf('{');
                    mutated = text.substring(0, brace + 1) + "\n  \"name\": \"twice\"," + text.substring(brace + 1);
                    how = "twice";
                }
                default -> {
                    // an unknown field inside a random object of the file
                    List<Integer> objects = new ArrayList<>();
                    for (int[] span : spans) {
                        if (text.charAt(span[0]) == '{') {
                            objects.add(span[0]);
                        }
                    }
                    int at = objects.isEmpty() ? text.indexOf('{') : objects.get(random.nextInt(objects.size()));
                    mutated = text.substring(0, at + 1) + "\"zz" + random.nextInt(1000) + "\": 1, " + text.substring(at + 1);
                    how = "unknown-" + at;
                }
            }
            samples.add(new Sample(String.format(java.util.Locale.ROOT, "broken-%04d-%d-%s.json", i, which, how),
                    mutated.getBytes(StandardCharsets.UTF_8)));
        }
        return samples;
    }

    /** Where each value of a well-formed document starts and ends (character offsets), the root aside. */
    private static List<int[]> valueSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                int start = (int) parser.currentTokenLocation().getCharOffset();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.add(start);
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    int from = open.remove(open.size() - 1);
                    depth--;
                    if (depth > 0) {
                        spans.add(new int[] {from, start + 1});
                    }
                } else if (token != JsonToken.FIELD_NAME && depth > 0) {
                    spans.add(new int[] {start, (int) parser.currentLocation().getCharOffset()});
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("a seed of the corpus is not well-formed JSON", e);
        }
        return spans;
    }
}
