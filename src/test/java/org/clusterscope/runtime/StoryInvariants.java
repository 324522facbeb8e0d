package org.clusterscope.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.clusterscope.core.SimTime;
import org.clusterscope.node.ClusterNode;
import org.clusterscope.protocol.discovery.Peer;
import org.clusterscope.protocol.election.QuorumElection;
import org.clusterscope.scenario.Expectation;
import org.clusterscope.scenario.InvariantKind;
import org.clusterscope.core.Span;
import org.clusterscope.scenario.check.InvariantMonitor;
import org.clusterscope.scenario.check.StepCause;

/**
 * The invariants every story test runs under (STYLE.md §4), checked after every engine step:
 * <ul>
 * <li>no component holds two masters for longer than the grace {@code ttlMs + heartbeatMs}
 * (SCENARIO_FORMAT.md "expect": two parts that merge, or a slow link, may briefly show two;
 * the same grace the {@code fuzz} command gives);</li>
 * <li>each running node's vote tally, kept vote by vote, equals a recount from its peer table
 * (PROTOCOL.md §3 rule 2);</li>
 * <li>no node lists itself as a peer;</li>
 * <li>in public mode, the overlay invariants of PROTOCOL.md §8 ({@link Simulation#overlayViolation()}).</li>
 * </ul>
 * A broken invariant fails the story at once with an {@link AssertionError} naming the virtual
 * time, what broke and the step's most telling event.
 */
public final class StoryInvariants {

    private static final Map<Simulation, StoryInvariants> WATCHED = new WeakHashMap<>();

    private final Simulation sim;
    private final StepCause cause = new StepCause();
    private InvariantMonitor masters;
    private String mastersAllowedBecause;
    private long steps;

    private StoryInvariants(Simulation sim) {
        this.sim = sim;
        long graceMicros = SimTime.ms(sim.protocol().ttlMs() + sim.protocol().heartbeatMs());
        this.masters = new InvariantMonitor(new Expectation.Always(InvariantKind.AT_MOST_ONE_MASTER_PER_COMPONENT,
                null, Span.ofMicros(graceMicros)));
    }

    /** Checks {@code sim} after every step from now on (once, however often it is called). */
    public static synchronized StoryInvariants watch(Simulation sim) {
        return WATCHED.computeIfAbsent(sim, key -> {
            StoryInvariants invariants = new StoryInvariants(key);
            key.events().subscribe(invariants.cause);
            key.engine().addStepListener(invariants::afterStep);
            return invariants;
        });
    }

    /**
     * Turns the master check off for a story whose lesson is several masters in one component
     * (a hop limit below the diameter, PROTOCOL.md §2); the other checks stay on.
     */
    public StoryInvariants allowSeveralMastersPerComponent(String because) {
        mastersAllowedBecause = because;
        masters = null;
        return this;
    }

    /** How many steps have been checked: a story can show that the checks ran. */
    public long stepsChecked() {
        return steps;
    }

    private void afterStep() {
        steps++;
        try {
            for (ClusterNode node : nodes()) {
                String broken = violation(node);
                if (broken != null) {
                    fail(broken);
                }
            }
            String overlay = sim.overlayViolation();
            if (overlay != null) {
                fail("public mode (PROTOCOL.md §8): " + overlay);
            }
            if (masters != null) {
                masters.afterStep(sim, cause::describe);
                if (masters.failed()) {
                    fail("two masters in one component for longer than the grace: " + masters.failure());
                }
            }
        } finally {
            cause.clear();
        }
    }

    private List<ClusterNode> nodes() {
        List<ClusterNode> nodes = new ArrayList<>();
        for (var id : sim.nodeIds()) {
            nodes.add(sim.node(id));
        }
        return nodes;
    }

    /** What is wrong with one node's own books, or null. */
    public static String violation(ClusterNode node) {
        if (node.peers().get(node.id()) != null) {
            return node.id() + " lists itself as a peer";
        }
        for (Peer peer : node.peers().all()) {
            if (peer.id().equals(node.id())) {
                return node.id() + " lists itself as a peer";
            }
        }
        if (node.isRunning() && node.election() instanceof QuorumElection quorum) {
            if (!quorum.tallied().equals(quorum.recountTally())) {
                return node.id() + "'s vote tally " + quorum.tallied() + " differs from a recount "
                        + quorum.recountTally();
            }
            if (quorum.validVotes() != quorum.recountValidVotes()) {
                return node.id() + " holds " + quorum.validVotes() + " valid votes by its tally, "
                        + quorum.recountValidVotes() + " by a recount";
            }
        }
        return null;
    }

    private void fail(String what) {
        String step = cause.describe();
        throw new AssertionError("invariant broken at " + SimTime.format(sim.now()) + ": " + what
                + (step.isEmpty() ? "" : " (step: " + step + ")")
                + (mastersAllowedBecause == null ? "" : " [several masters allowed: " + mastersAllowedBecause + "]"));
    }
}
