package org.clusterscope.scenario.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.check.ExpectationResult;
import org.clusterscope.scenario.check.Wording;

/**
 * A run as one self-contained HTML page to hand out: the title and description, the topology,
 * the verdict on every expectation, the sequence diagram around each role change and the
 * narrated timeline. Everything is inline (styles and SVG, no script, no font, no address), so
 * the page opens the same in any browser with no network.
 */
public final class Handout {

    /** How much before a role change its diagram starts: the votes and silence that led to it. */
    static final long BEFORE = 1_000_000;
    /** How much after it the diagram goes on: the answers to the new master. */
    static final long AFTER = 300_000;
    /** The most diagrams one handout holds; a long run names the rest. */
    static final int MOST = 12;

    private final Scenario scenario;
    private final RunReport report;
    private final SequenceDiagram diagram;
    private final List<String> narration;
    private final StringBuilder html = new StringBuilder();

    /**
     * @param diagram what a {@link SequenceRecorder} kept of the run (the kinds to show)
     * @param narration the narrated timeline, one line per event as {@code run} prints it
     */
    public Handout(Scenario scenario, RunReport report, SequenceDiagram diagram, List<String> narration) {
        this.scenario = scenario;
        this.report = report;
        this.diagram = diagram;
        this.narration = List.copyOf(narration);
    }

    /** One instant or stretch where the master changed, and what happened there. */
    public record RoleChange(long from, long to, String caption) {
    }

    public String html() {
        String title = scenario.title() == null ? scenario.name() : scenario.title();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n");
        html.append("<p class=\"meta\">Scenario <code>").append(escape(scenario.name())).append("</code> · seed ")
                .append(scenario.seed()).append(" · ").append(scenario.roster().nodes().size()).append(" nodes · ")
                .append(SimTime.format(report.endMicros())).append(" simulated · election ")
                .append(escape(String.valueOf(scenario.protocol().election()))).append(" by ")
                .append(escape(scenario.protocol().strategy().jsonName())).append("</p>\n");
        if (scenario.description() != null) {
            html.append("<section id=\"description\">\n<h2>What happens</h2>\n<p>")
                    .append(escape(scenario.description())).append("</p>\n</section>\n");
        }
        html.append("<section id=\"topology\">\n<h2>Topology</h2>\n").append(TopologySvg.element(scenario))
                .append("\n</section>\n");
        expectations();
        roleChanges();
        timeline();
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void expectations() {
        html.append("<section id=\"expectations\">\n<h2>Expectations</h2>\n");
        if (report.results().isEmpty()) {
            html.append("<p>The scenario states no expectations.</p>\n");
        } else {
            html.append("<table>\n");
            for (ExpectationResult result : report.results()) {
                String verdict = result.verdict().name();
                html.append("<tr class=\"").append(verdict.toLowerCase(java.util.Locale.ROOT)).append("\"><td class=\"verdict\">")
                        .append(verdict).append("</td><td>").append(escape(Wording.of(result.expectation())));
                if (!result.detail().isEmpty()) {
                    html.append("<br><span class=\"detail\">").append(escape(result.detail())).append("</span>");
                }
                html.append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        long skipped = report.results().size() - report.passed() - report.failed();
        html.append("<p class=\"summary\">").append(report.passed()).append(" of ").append(report.results().size())
                .append(" expectations passed").append(report.failed() > 0 ? ", " + report.failed() + " failed" : "")
                .append(skipped > 0 ? ", " + skipped + " skipped" : "").append(".</p>\n</section>\n");
    }

    private void roleChanges() {
        html.append("<section id=\"sequence\">\n<h2>Role changes</h2>\n");
        List<RoleChange> changes = roleChanges(diagram);
        if (changes.isEmpty()) {
            html.append("<p>No node became or stopped being master in this run.</p>\n");
        }
        int shown = 0;
        for (RoleChange change : changes) {
            if (shown == MOST) {
                html.append("<p>").append(changes.size() - MOST).append(" more role changes are not drawn here; ")
                        .append("<code>run --diagram</code> draws any stretch of the run.</p>\n");
                break;
            }
            SequenceDiagram part = diagram.window(change.from(), change.to(), null);
            String caption = SimTime.format(change.from()) + " – " + SimTime.format(change.to()) + ": "
                    + change.caption();
            html.append("<figure>\n<figcaption>").append(escape(caption)).append("</figcaption>\n")
                    .append(SequenceSvg.element(part, caption)).append("\n</figure>\n");
            shown++;
        }
        html.append("<p class=\"legend\">Arrows: ");
        for (String kind : SequenceKinds.ALL) {
            html.append("<span style=\"color:").append(SequenceStyle.kind(kind)).append("\">■ ").append(kind)
                    .append("</span> ");
        }
        html.append("· a dashed arrow ending in ✕ was lost. Hover an arrow or a mark for its reason.</p>\n");
        html.append("</section>\n");
    }

    private void timeline() {
        html.append("<section id=\"timeline\">\n<h2>Timeline</h2>\n<table class=\"timeline\">\n");
        for (String line : narration) {
            String trimmed = line.strip();
            int space = trimmed.indexOf(' ');
            String time = space < 0 ? "" : trimmed.substring(0, space);
            String text = space < 0 ? trimmed : trimmed.substring(space).strip();
            html.append("<tr><td class=\"time\">").append(escape(time)).append("</td><td>").append(escape(text))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    /**
     * The stretches around each role change: a node becoming master, or a master leaving that
     * role. Changes close together share one stretch, from {@link #BEFORE} before the first to
     * {@link #AFTER} after the last.
     */
    public static List<RoleChange> roleChanges(SequenceDiagram diagram) {
        Map<NodeId, String> roles = new HashMap<>();
        List<RoleChange> changes = new ArrayList<>();
        long start = -1;
        long end = -1;
        List<String> words = new ArrayList<>();
        for (SequenceDiagram.Mark mark : diagram.marks()) {
            String before = roles.put(mark.node(), mark.label());
            boolean becomes = mark.label().equals("MASTER") && !"MASTER".equals(before);
            boolean leaves = "MASTER".equals(before) && !mark.label().equals("MASTER");
            if (!becomes && !leaves) {
                continue;
            }
            String word = becomes ? mark.node() + " becomes MASTER" : mark.node() + " is no longer master ("
                    + mark.label() + ")";
            if (start >= 0 && mark.time() - BEFORE <= end) {
                end = mark.time() + AFTER;
                words.add(word);
                continue;
            }
            if (start >= 0) {
                changes.add(new RoleChange(start, end, String.join("; ", words)));
            }
            start = Math.max(0, mark.time() - BEFORE);
            end = mark.time() + AFTER;
            words = new ArrayList<>(List.of(word));
        }
        if (start >= 0) {
            changes.add(new RoleChange(start, Math.min(end, Math.max(diagram.to(), start)), String.join("; ", words)));
        }
        return changes;
    }

    /** Text for HTML element content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; max-width: 980px; margin: 2em auto;
                   padding: 0 1em; color: #17202a; line-height: 1.45; }
            h1 { margin-bottom: 0.2em; }
            h2 { border-bottom: 1px solid #d5d8dc; padding-bottom: 0.2em; margin-top: 1.6em; }
            .meta { color: #566573; }
            table { border-collapse: collapse; }
            td { padding: 0.25em 0.6em; vertical-align: top; border-bottom: 1px solid #eaecee; }
            td.verdict { font-weight: bold; }
            tr.pass td.verdict { color: #1e8449; }
            tr.fail td.verdict { color: #c0392b; }
            tr.skip td.verdict { color: #7f8c8d; }
            .detail { color: #566573; font-size: 0.92em; }
            .summary { font-weight: bold; }
            figure { margin: 1em 0; overflow-x: auto; }
            figcaption { font-weight: bold; margin-bottom: 0.4em; }
            table.timeline td { font-size: 0.92em; border: none; padding: 0.05em 0.6em; }
            td.time { font-family: "DejaVu Sans Mono", monospace; text-align: right; color: #566573; white-space: nowrap; }
            .legend span { margin-right: 0.6em; }
            @media print { figure { overflow: visible; } section { break-inside: avoid-page; } }
            """;
}
