package org.clusterscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import picocli.CommandLine.Option;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.core.Span;
import org.clusterscope.event.SimListener;
import org.clusterscope.scenario.Narrator;
import org.clusterscope.scenario.ResolvedNode;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.SafeFile;
import org.clusterscope.scenario.run.Handout;
import org.clusterscope.scenario.run.RunReport;
import org.clusterscope.scenario.run.SequenceDiagram;
import org.clusterscope.scenario.run.SequenceKinds;
import org.clusterscope.scenario.run.SequenceRecorder;
import org.clusterscope.scenario.run.SequenceSvg;

/**
 * The options of {@code run} that draw the run: {@code --diagram OUT.svg} with {@code --from},
 * {@code --to} and {@code --kinds}, and {@code --report OUT.html}, the handout
 * (SCENARIO_FORMAT.md "The command line"). Both files are written whole or not at all ({@link SafeFile}).
 */
final class DiagramOutputs {

    @Option(names = "--diagram", paramLabel = "OUT.svg",
            description = "Write the run's sequence diagram (one lifeline per node, one arrow per message) as SVG.")
    Path diagram;

    @Option(names = "--from", paramLabel = "DURATION",
            description = "Where the diagram starts, " + Span.INPUT_HINT + " (default: 0s).")
    String from;

    @Option(names = "--to", paramLabel = "DURATION",
            description = "Where the diagram ends, " + Span.INPUT_HINT + " (default: the end of the run).")
    String to;

    @Option(names = "--kinds", paramLabel = "KIND,…",
            description = "The messages the diagram shows (default: every kind but beacon and gdb.sync); "
                    + "known kinds: vote, probe, answer, goodbye, ping, query, reply, data, beacon, gdb.sync.")
    String kinds;

    @Option(names = "--report", paramLabel = "OUT.html",
            description = "Write a handout: one self-contained HTML page with the topology, the expectations, "
                    + "the sequence diagram around each role change and the narrated timeline.")
    Path report;

    private long fromMicros;
    private Long toMicros;
    private Set<String> shown;
    private SequenceRecorder recorder;
    private final List<String> narration = new ArrayList<>();

    boolean wanted() {
        return diagram != null || report != null;
    }

    /** Checks the options against the run; false after saying what is wrong. */
    boolean check(Path scenarioFile, long end, PrintWriter err) {
        if (!wanted() && (from != null || to != null || kinds != null)) {
            return fail(err, "--from, --to and --kinds shape the diagram: give --diagram OUT.svg too");
        }
        for (Path out : new Path[] {diagram, report}) {
            if (out != null && SafeFile.sameFile(out, scenarioFile)) {
                return fail(err, out + ": is the scenario being run; it would be overwritten (give another file)");
            }
        }
        if (diagram != null && report != null && diagram.toAbsolutePath().normalize()
                .equals(report.toAbsolutePath().normalize())) {
            return fail(err, "--diagram and --report name one file: give each its own");
        }
        try {
            fromMicros = from == null ? 0 : Span.parseInput(from).micros();
        } catch (IllegalArgumentException e) {
            return fail(err, "invalid --from '" + from + "': " + e.getMessage());
        }
        try {
            toMicros = to == null ? null : Span.parseInput(to).micros();
        } catch (IllegalArgumentException e) {
            return fail(err, "invalid --to '" + to + "': " + e.getMessage());
        }
        if (toMicros != null && toMicros <= fromMicros) {
            return fail(err, "--to " + to + " must come after --from " + (from == null ? "0s" : from));
        }
        if (fromMicros >= end && end > 0) {
            return fail(err, "--from " + from + " is not before the end of the run (" + SimTime.format(end) + ")");
        }
        try {
            shown = kinds == null ? SequenceKinds.DEFAULT : SequenceKinds.parse(kinds);
        } catch (IllegalArgumentException e) {
            return fail(err, "invalid --kinds '" + kinds + "': " + e.getMessage());
        }
        return true;
    }

    /** The listeners that keep what the files draw; none when no file is asked for. */
    List<SimListener> listeners(Scenario scenario) {
        if (!wanted()) {
            return List.of();
        }
        Set<String> kept = new HashSet<>(diagram != null ? shown : Set.of());
        if (report != null) {
            kept.addAll(SequenceKinds.DEFAULT);
        }
        List<NodeId> nodes = scenario.roster().nodes().stream().map(ResolvedNode::id).map(NodeId::of).toList();
        recorder = new SequenceRecorder(nodes, kept);
        List<SimListener> listeners = new ArrayList<>(List.of(recorder));
        if (report != null) {
            listeners.add(new Narrator(narration::add));
        }
        return listeners;
    }

    /** Writes the files asked for; {@link ExitCodes#OK}, or {@link ExitCodes#INVALID} after saying why one was not written. */
    int write(Scenario scenario, RunReport run, PrintWriter out, PrintWriter err) {
        if (diagram != null) {
            long end = toMicros == null ? run.endMicros() : Math.min(toMicros, run.endMicros());
            SequenceDiagram part = recorder.diagram(fromMicros, Math.max(end, fromMicros), shown);
            String title = scenario.name() + ": sequence diagram " + SimTime.format(part.from()) + " – "
                    + SimTime.format(part.to());
            try {
                SafeFile.write(diagram, stream -> {
                    try {
                        SequenceSvg.write(part, title, stream);
                    } catch (XMLStreamException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                });
            } catch (IOException e) {
                fail(err, diagram + ": the diagram could not be written (" + SafeFile.reason(e) + ")");
                return ExitCodes.INVALID;
            }
            out.println("diagram: " + diagram + " (" + part.arrows().size() + " messages, " + SimTime.format(part.from())
                    + " – " + SimTime.format(part.to()) + ")");
        }
        if (report != null) {
            SequenceDiagram whole = recorder.diagram(0, run.endMicros(), SequenceKinds.DEFAULT);
            String page = new Handout(scenario, run, whole, narration).html();
            try {
                SafeFile.write(report, page.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                fail(err, report + ": the report could not be written (" + SafeFile.reason(e) + ")");
                return ExitCodes.INVALID;
            }
            out.println("report: " + report);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static boolean fail(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return false;
    }
}
