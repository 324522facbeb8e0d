package org.clusterscope.scenario.run;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimListener;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.scenario.EventDef;
import org.clusterscope.scenario.LinkDef;
import org.clusterscope.scenario.ResolvedNode;
import org.clusterscope.scenario.Roster;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.check.ExpectationSession;
import org.clusterscope.scenario.check.Verdict;
import org.clusterscope.topology.Link;
import org.clusterscope.topology.Topologies;

/**
 * Runs a scenario headless (SCENARIO_FORMAT.md): builds the {@link Simulation} from it (nodes in
 * scenario order, link shapes expanded by {@link Topologies}, node starts and timed events
 * scheduled at their instants), runs it to the end, checks each {@code by} expectation at its
 * instant after every event at or before it, and each {@code always} invariant after every
 * engine step.
 *
 * <p>{@link #build(List)} alone gives the GUI the same simulation to drive by hand.
 */
public final class ScenarioRunner {

    private final Scenario scenario;

    public ScenarioRunner(Scenario scenario) {
        this.scenario = scenario;
    }

    public Scenario scenario() {
        return scenario;
    }

    /**
     * The simulation of this scenario, with {@code listeners} subscribed before anything happens,
     * every node added and linked, the GDB clusters configured (when the file has a {@code gdb}
     * section or GDB events), and every start and event scheduled. Nothing has run yet.
     */
    public Simulation build(List<SimListener> listeners) {
        LinkSettings defaults = scenario.network();
        Simulation sim = new Simulation(scenario.seed(), scenario.protocol(), defaults);
        listeners.forEach(sim::subscribe);

        Roster roster = scenario.roster();
        for (ResolvedNode node : roster.nodes()) {
            sim.addNode(new NodeSpec(NodeId.of(node.id()), node.port(), node.tags(), node.channels(),
                    node.birth() == null ? null : node.birth().micros()));
        }
        for (LinkDef link : scenario.links()) {
            LinkSettings settings = link.overrides().isEmpty() ? null : defaults.with(link.overrides());
            for (Link pair : expand(link)) {
                sim.link(pair.a(), pair.b(), settings);
            }
        }
        GdbLayout gdb = GdbLayout.of(scenario);
        if (gdb != null) {
            sim.configureGdb(gdb.nets(), gdb.clusters());
        }
        if (scenario.isPublic()) {
            configureOverlay(sim, roster);
        }
        sim.scheduleScript(steps(sim));
        return sim;
    }

    /**
     * Makes {@code sim}, a run of another script parked at some instant (or a copy of one), follow
     * this scenario from there on; the two scripts must agree up to that instant (a fork after it).
     */
    public void follow(Simulation sim) {
        sim.followScript(steps(sim));
    }

    /** The timed steps of the scenario on {@code sim}: every node start, then the events, in time order. */
    private List<Simulation.ScriptStep> steps(Simulation sim) {
        List<Simulation.ScriptStep> steps = new ArrayList<>();
        for (ResolvedNode node : scenario.roster().nodes()) {
            if (!node.startAt().isNever()) {
                NodeId id = NodeId.of(node.id());
                steps.add(new Simulation.ScriptStep(node.startAt().micros(), () -> sim.start(id)));
            }
        }
        for (EventDef event : scenario.events()) {
            steps.add(new Simulation.ScriptStep(event.at().micros(), () -> sim.apply(event.command())));
        }
        return steps;
    }

    /**
     * Runs the scenario to {@code endMicros} (normally {@code runFor}) and checks every
     * expectation; {@code by} instants after the end are reported as {@link Verdict#SKIP}.
     */
    public RunReport run(long endMicros, List<SimListener> listeners) {
        Simulation sim = build(listeners);
        ExpectationSession session = new ExpectationSession(scenario.expect(), sim, endMicros);
        session.runTo(endMicros);
        return new RunReport(scenario, sim, session.results(), endMicros);
    }

    /**
     * Runs like {@link #run(long, List)}, in slices of one virtual second, asking {@code proceed}
     * with the virtual time after each slice whether to go on: a long run can show its progress
     * and stop cleanly (Ctrl-C) with the verdicts so far; what was not checked yet is a skip.
     * Slicing changes nothing the run does: the simulation and the checks stop at the same
     * instants whichever way it is cut.
     */
    public RunReport run(long endMicros, List<SimListener> listeners, java.util.function.LongPredicate proceed) {
        Simulation sim = build(listeners);
        ExpectationSession session = new ExpectationSession(scenario.expect(), sim, endMicros);
        long now = 0;
        while (now < endMicros) {
            now = endMicros - now <= SLICE_MICROS ? endMicros : now + SLICE_MICROS;
            session.runTo(now);
            if (now < endMicros && !proceed.test(now)) {
                return new RunReport(scenario, sim, session.results(), now);
            }
        }
        if (endMicros <= 0) {
            session.runTo(endMicros);
        }
        return new RunReport(scenario, sim, session.results(), endMicros);
    }

    private static final long SLICE_MICROS = 1_000_000L;

    /** Public mode (PROTOCOL.md §8): after the listeners, so a trace shows a stop before the links it closes. */
    private void configureOverlay(Simulation sim, Roster roster) {
        java.util.Set<NodeId> privateNodes = new java.util.LinkedHashSet<>();
        for (org.clusterscope.scenario.NodeDef node : scenario.nodes()) {
            if (node.privateNode()) {
                privateNodes.add(NodeId.of(node.id()));
            }
        }
        sim.configureOverlay(scenario.overlay().config(), privateNodes);
    }

    /** The links a shape makes, via the topology package (PROTOCOL.md §5). */
    static List<Link> expand(LinkDef link) {
        if (link instanceof LinkDef.Single s) {
            return List.of(new Link(NodeId.of(s.a()), NodeId.of(s.b())));
        }
        if (link instanceof LinkDef.Ring r) {
            return Topologies.ringLinks(ids(r.ids()));
        }
        if (link instanceof LinkDef.Clique c) {
            return Topologies.cliqueLinks(ids(c.ids()));
        }
        if (link instanceof LinkDef.Star s) {
            return Topologies.starLinks(NodeId.of(s.center()), ids(s.to()));
        }
        LinkDef.Connect c = (LinkDef.Connect) link;
        return Topologies.connectLinks(ids(c.left()), ids(c.right()));
    }

    private static List<NodeId> ids(List<String> ids) {
        return ids.stream().map(NodeId::of).toList();
    }


}
