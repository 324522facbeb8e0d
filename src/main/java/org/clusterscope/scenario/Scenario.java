package org.clusterscope.scenario;

import java.util.List;
import java.util.Objects;

import org.clusterscope.core.Span;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.protocol.ProtocolConfig;

/**
 * A scenario file, bound (SCENARIO_FORMAT.md). Fields mirror the file: what the file leaves
 * out is null ({@code title}, {@code description}, {@code gdb}) or takes its documented default
 * ({@code seed} 1, {@code runFor} 60 s, {@link ProtocolConfig#DEFAULTS},
 * {@link LinkSettings#DEFAULTS}). {@link #roster()} resolves ports, positions and groups.
 *
 * <p>Records hold already validated values: build them through {@code scenario.io.ScenarioReader},
 * or check a hand-built one by writing and reading it back.
 */
public record Scenario(int format, String name, String title, String description, long seed, Span runFor,
        ProtocolConfig protocol, LinkSettings network, List<NodeDef> nodes, List<GroupDef> groups,
        List<LinkDef> links, List<EventDef> events, List<Expectation> expect, GdbSettings gdb,
        OverlaySettings overlay) {

    /** The format this version of ClusterScope reads and writes. */
    public static final int CURRENT_FORMAT = 1;
    public static final long DEFAULT_SEED = 1;
    public static final Span DEFAULT_RUN_FOR = Span.parse("60s");

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(runFor, "runFor");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(network, "network");
        nodes = List.copyOf(nodes);
        groups = List.copyOf(groups);
        links = List.copyOf(links);
        events = List.copyOf(events);
        expect = List.copyOf(expect);
    }

    /** A scenario without an {@code overlay} section (private mode, PROTOCOL.md §8). */
    public Scenario(int format, String name, String title, String description, long seed, Span runFor,
            ProtocolConfig protocol, LinkSettings network, List<NodeDef> nodes, List<GroupDef> groups,
            List<LinkDef> links, List<EventDef> events, List<Expectation> expect, GdbSettings gdb) {
        this(format, name, title, description, seed, runFor, protocol, network, nodes, groups, links, events, expect,
                gdb, null);
    }

    /** Whether the file turns public mode on ({@code "overlay": {"public": true}}). */
    public boolean isPublic() {
        return overlay != null && overlay.isPublic();
    }

    public Scenario withOverlay(OverlaySettings newOverlay) {
        return new Scenario(format, name, title, description, seed, runFor, protocol, network, nodes, groups,
                links, events, expect, gdb, newOverlay);
    }

    /** Every node, groups expanded, with its port and position resolved. */
    public Roster roster() {
        return Roster.of(this);
    }

    /** Whether any event or expectation needs the GDB layer. */
    public boolean usesGdb() {
        return events.stream().anyMatch(e -> e.command().isGdb()) || expect.stream().anyMatch(Expectation::isGdb);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(format, name, title, description, newSeed, runFor, protocol, network, nodes, groups,
                links, events, expect, gdb, overlay);
    }

    public Scenario withRunFor(Span newRunFor) {
        return new Scenario(format, name, title, description, seed, newRunFor, protocol, network, nodes, groups,
                links, events, expect, gdb, overlay);
    }

    public Scenario withNodes(List<NodeDef> newNodes) {
        return new Scenario(format, name, title, description, seed, runFor, protocol, network, newNodes, groups,
                links, events, expect, gdb, overlay);
    }

    public Scenario withLinks(List<LinkDef> newLinks) {
        return new Scenario(format, name, title, description, seed, runFor, protocol, network, nodes, groups,
                newLinks, events, expect, gdb, overlay);
    }

    public Scenario withEvents(List<EventDef> newEvents) {
        return new Scenario(format, name, title, description, seed, runFor, protocol, network, nodes, groups,
                links, newEvents, expect, gdb, overlay);
    }

    public Scenario withExpect(List<Expectation> newExpect) {
        return new Scenario(format, name, title, description, seed, runFor, protocol, network, nodes, groups,
                links, events, newExpect, gdb, overlay);
    }

    public Scenario withProtocol(ProtocolConfig newProtocol) {
        return new Scenario(format, name, title, description, seed, runFor, newProtocol, network, nodes, groups,
                links, events, expect, gdb, overlay);
    }
}
