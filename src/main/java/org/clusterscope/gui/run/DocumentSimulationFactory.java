package org.clusterscope.gui.run;

import java.util.function.Supplier;

import org.clusterscope.event.SimListener;
import org.clusterscope.gui.bridge.RuntimeSimulationPort;
import org.clusterscope.gui.bridge.SimulationPort;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.doc.LinkSettingsValue;
import org.clusterscope.gui.doc.TopologyDocument;
import org.clusterscope.net.sim.LinkSettings;
import org.clusterscope.node.NodeSpec;
import org.clusterscope.runtime.Simulation;

/**
 * Builds a {@link Simulation} from the editor's document as it is now: its nodes (in document
 * order, which is scenario order), its links with their settings, down links taken down, each
 * node started at its start time, and the scenario's timed events scheduled.
 */
public final class DocumentSimulationFactory implements SimulationFactory {

    private final TopologyDocument document;
    private final Supplier<RunSettings> settings;
    private final Supplier<SimListener> checks;

    public DocumentSimulationFactory(TopologyDocument document, Supplier<RunSettings> settings,
            Supplier<SimListener> checks) {
        this.document = document;
        this.settings = settings;
        this.checks = checks;
    }

    @Override
    public SimulationPort create() {
        RunSettings run = settings.get();
        Simulation simulation = new Simulation(run.seed(), run.protocol(), run.network());
        for (DocNode node : document.nodes()) {
            simulation.addNode(new NodeSpec(node.id(), node.port(), node.tags(), run.channels().get(node.id()),
                    run.births().get(node.id())));
        }
        for (DocLink link : document.links()) {
            LinkSettingsValue value = link.settings();
            LinkSettings linkSettings = run.network().with(value.latencyMs(), value.jitterMs(), value.loss());
            simulation.link(link.key().a(), link.key().b(), linkSettings);
            if (!value.up()) {
                simulation.linkDown(link.key().a(), link.key().b());
            }
        }
        for (DocNode node : document.nodes()) {
            long at = run.startAt().getOrDefault(node.id(), 0L);
            if (at != Long.MAX_VALUE) {
                simulation.at(at, () -> simulation.start(node.id()));
            }
        }
        run.schedule().accept(simulation);
        return new RuntimeSimulationPort(simulation);
    }

    @Override
    public SimListener expectationListener() {
        return checks.get();
    }
}
