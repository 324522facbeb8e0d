package org.clusterscope.gui.files;

import java.util.List;
import java.util.Optional;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimEvent;
import org.clusterscope.gui.bridge.RuntimeSimulationPort;
import org.clusterscope.net.sim.LinkSettings;
import org.clusterscope.runtime.Simulation;
import org.clusterscope.scenario.Action;
import org.clusterscope.scenario.EventDef;
import org.clusterscope.scenario.NodeTarget;

/**
 * Puts a scenario's timed events on a {@link Simulation} (SCENARIO_FORMAT.md "events"): each
 * runs at its instant, in file order among equals. {@code @master} is resolved when the event
 * happens; if nobody is master the event is skipped with a warning in the log.
 */
public final class ScenarioSchedule {

    private ScenarioSchedule() {
    }

    public static void schedule(List<EventDef> events, LinkSettings network, Simulation simulation) {
        for (EventDef event : events) {
            simulation.at(event.at().micros(), () -> run(event.action(), network, simulation));
        }
    }

    static void run(Action action, LinkSettings network, Simulation simulation) {
        if (action instanceof Action.Life life) {
            Optional<NodeId> target = resolve(life.target(), simulation);
            if (target.isEmpty()) {
                simulation.events().onEvent(new SimEvent.Warning(simulation.now(),
                        life.keyword() + " @master skipped: no node is master now"));
                return;
            }
            switch (life.kind()) {
                case KILL -> simulation.kill(target.get());
                case QUIT -> simulation.quit(target.get());
                case RESTART -> simulation.restart(target.get());
                case START -> simulation.start(target.get());
            }
        } else if (action instanceof Action.Partition p) {
            simulation.partition(p.groups().stream().map(g -> g.stream().map(NodeId::of).toList()).toList());
        } else if (action instanceof Action.Nemesis n) {
            simulation.nemesis(RuntimeSimulationPort.nemesis(n.pattern().jsonName(),
                    n.node() == null ? null : NodeId.of(n.node())));
        } else if (action instanceof Action.Heal) {
            simulation.heal();
        } else if (action instanceof Action.LinkDown d) {
            simulation.linkDown(NodeId.of(d.a()), NodeId.of(d.b()));
        } else if (action instanceof Action.LinkUp u) {
            simulation.linkUp(NodeId.of(u.a()), NodeId.of(u.b()));
        } else if (action instanceof Action.SetLink s) {
            LinkSettings current = network.with(s.overrides().latencyMs(), s.overrides().jitterMs(),
                    s.overrides().loss());
            simulation.setLink(NodeId.of(s.a()), NodeId.of(s.b()), current);
        } else if (action instanceof Action.SetTags t) {
            simulation.setTags(NodeId.of(t.node()), t.tags());
        } else if (action instanceof Action.Note n) {
            simulation.note(n.text());
        } else {
            simulation.events().onEvent(new SimEvent.Warning(simulation.now(),
                    "the desktop app does not simulate '" + action.keyword() + "' events; use the command line"));
        }
    }

    private static Optional<NodeId> resolve(NodeTarget target, Simulation simulation) {
        return target.isMaster() ? simulation.currentMaster() : Optional.of(NodeId.of(target.text()));
    }
}
