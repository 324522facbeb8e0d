package org.clusterscope.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;
import org.clusterscope.scenario.io.TraceWriter;

/**
 * Records a run as trace lines ({@link TraceWriter}, SCENARIO_FORMAT.md "--trace") without the
 * sentences written for people: the {@code reason} of a role change or a vote and the {@code text}
 * of a note say in English what the other fields say as data, and their wording is the narrator's
 * business (tested on its own), not the protocol's. A drop's {@code reason} is a code and stays.
 */
public final class SemanticTrace implements SimListener {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PROSE = Set.of("reason", "text");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TraceWriter writer;

    public SemanticTrace() {
        try {
            writer = new TraceWriter(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void onEvent(SimEvent event) {
        writer.onEvent(event);
    }

    /** The events so far, one JSON object per line, prose left out. */
    public List<String> lines() {
        writer.flush();
        List<String> lines = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(withoutProse(line));
            }
        }
        return lines;
    }

    static String withoutProse(String line) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(line);
            if (!event.path("type").asText().equals("packet.dropped")) {
                event.remove(PROSE);
            }
            return JSON.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
