package org.clusterscope.gui.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.Span;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.doc.LinkSettingsValue;
import org.clusterscope.gui.run.RecordedCommand;
import org.clusterscope.net.LinkOverrides;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.runtime.Command;
import org.clusterscope.scenario.EventDef;
import org.clusterscope.scenario.LinkDef;
import org.clusterscope.scenario.LinkPairs;
import org.clusterscope.scenario.NodeDef;
import org.clusterscope.scenario.ResolvedNode;
import org.clusterscope.scenario.Scenario;

/**
 * Converts between a {@link Scenario} and what the editor holds. Opening expands groups and
 * link shapes into single nodes and links with resolved ports and positions; saving writes
 * them back as explicit nodes and single links, keeping everything else of the scenario
 * (protocol, network, events, expectations, …) as it was, plus the faults recorded by hand.
 */
public final class ScenarioDocument {

    private ScenarioDocument() {
    }

    /** A new, empty scenario for File ▸ New. */
    public static Scenario blank() {
        return new Scenario(Scenario.CURRENT_FORMAT, "untitled", "Untitled", null, Scenario.DEFAULT_SEED,
                Scenario.DEFAULT_RUN_FOR, ProtocolConfig.DEFAULTS, LinkSettings.DEFAULTS, List.of(), List.of(),
                List.of(), List.of(), List.of(), null);
    }

    public static String title(Scenario scenario) {
        return scenario.title() != null && !scenario.title().isBlank() ? scenario.title() : scenario.name();
    }

    public static List<DocNode> nodes(Scenario scenario) {
        return scenario.roster().nodes().stream()
                .map(node -> new DocNode(NodeId.of(node.id()), node.port(), node.x(), node.y(), node.tags()))
                .toList();
    }

    /** Every link the scenario makes, once; a later entry's settings win over an earlier one's. */
    public static List<DocLink> links(Scenario scenario) {
        Map<LinkKey, DocLink> links = new LinkedHashMap<>();
        for (LinkDef def : scenario.links()) {
            LinkOverrides o = def.overrides();
            for (List<String> pair : LinkPairs.of(def)) {
                if (pair.get(0).equals(pair.get(1))) {
                    continue;
                }
                LinkKey key = LinkKey.of(NodeId.of(pair.get(0)), NodeId.of(pair.get(1)));
                links.put(key, new DocLink(key, new LinkSettingsValue(o.latencyMs(), o.jitterMs(), o.loss(), true)));
            }
        }
        return List.copyOf(links.values());
    }

    /** The scenario as the editor has it now: {@code base} with its nodes, links and events replaced. */
    public static Scenario save(Scenario base, String title, List<DocNode> nodes, List<DocLink> links,
            List<RecordedCommand> recorded) {
        Map<String, NodeDef> declared = new LinkedHashMap<>();
        base.nodes().forEach(def -> declared.put(def.id(), def));
        Map<String, ResolvedNode> resolved = new LinkedHashMap<>();
        base.roster().nodes().forEach(node -> resolved.put(node.id(), node));
        List<NodeDef> nodeDefs = new ArrayList<>();
        for (DocNode node : nodes) {
            NodeDef def = declared.get(node.id().value());
            if (def == null) {
                ResolvedNode fromGroup = resolved.get(node.id().value());
                def = fromGroup == null ? NodeDef.of(node.id().value())
                        : new NodeDef(fromGroup.id(), null, null, null, List.of(), fromGroup.channels(),
                                fromGroup.startAt(), fromGroup.birth());
            }
            nodeDefs.add(def.withPort(node.port()).withPosition(node.x(), node.y()).withTags(node.tags()));
        }
        List<LinkDef> linkDefs = new ArrayList<>();
        List<EventDef> events = new ArrayList<>();
        for (DocLink link : links) {
            LinkSettingsValue s = link.settings();
            linkDefs.add(new LinkDef.Single(link.key().a().value(), link.key().b().value(),
                    new LinkOverrides(s.latencyMs(), s.jitterMs(), s.loss())));
            if (!s.up()) {
                events.add(new EventDef(Span.ZERO, new Command.LinkDown(link.key().a(), link.key().b())));
            }
        }
        events.addAll(base.events());
        for (RecordedCommand fault : recorded) {
            // a person applied it: the time as a person writes it, to the millisecond (14.06s)
            events.add(new EventDef(Span.ofMicrosForPeople(fault.time()), fault.command()));
        }
        // stable: events at one instant keep their order (SCENARIO_FORMAT.md "events")
        events.sort(Comparator.comparingLong(event -> event.at().micros()));
        String name = base.name().equals("untitled") && !title.equals("Untitled") ? slug(title) : base.name();
        return new Scenario(base.format(), name, title, base.description(), base.seed(), base.runFor(),
                base.protocol(), base.network(), nodeDefs, List.of(), linkDefs, events, base.expect(), base.gdb(), base.overlay());
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "untitled" : slug;
    }
}
