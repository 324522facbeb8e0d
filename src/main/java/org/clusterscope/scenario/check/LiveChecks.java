package org.clusterscope.scenario.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.SimTime;
import org.clusterscope.net.LinkView;
import org.clusterscope.node.NodeSnapshot;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.runtime.ClusterView;
import org.clusterscope.runtime.LiveCluster;
import org.clusterscope.scenario.Expectation;

/**
 * The expectations of a live run, for the window's badges: each {@code by} claim is checked by the same
 * {@link TimedCheck} as in the simulator, on the live nodes, once its instant has passed in wall
 * time since the run began. An {@code always} invariant is judged after every step of a
 * simulation; real nodes take no steps, so live it is skipped, and says why. Driver thread only.
 */
public final class LiveChecks {

    private record Due(int index, long instant, TimedCheck check) {
    }

    private final ClusterView view;
    private final List<Due> due = new ArrayList<>();
    private final List<ExpectationSession.Update> verdicts = new ArrayList<>();

    public LiveChecks(List<Expectation> expectations, LiveCluster cluster, long origin, long endMicros) {
        this.view = new SinceStart(cluster, origin);
        for (int i = 0; i < expectations.size(); i++) {
            Expectation expectation = expectations.get(i);
            if (expectation instanceof Expectation.Always) {
                verdicts.add(new ExpectationSession.Update(i, Verdict.SKIP,
                        "checked after every step of a simulation; a live run has no steps"));
            } else if (!TimedCheck.supports(expectation)) {
                verdicts.add(new ExpectationSession.Update(i, Verdict.SKIP, "this version cannot check it"));
            } else {
                Expectation.Timed timed = (Expectation.Timed) expectation;
                long instant = timed.by().micros();
                if (instant > endMicros) {
                     verdicts.add(new ExpectationSession.Update(i, Verdict.SKIP, "the run ends at " + SimTime.format(endMicros)));
                } else {
                    due.add(new Due(i, instant, TimedCheck.of(timed)));
                }
            }
        }
        due.sort(Comparator.comparingLong(Due::instant));
    }

    /** Checks every claim whose instant is at or before {@code now} (time since the run began). */
    public void checkDue(long now) {
        while (!due.isEmpty() && due.get(0).instant() <= now) {
            Due check = due.remove(0);
            ExpectationResult result = check.check().check(view);
            verdicts.add(new ExpectationSession.Update(check.index(), result.verdict(),
                    (result.detail() == null || result.detail().isEmpty() ? "" : result.detail() + " ") + "(live, checked at " + SimTime.format(now) + ")"));
        }
    }

    public List<ExpectationSession.Update> drain() {
        List<ExpectationSession.Update> out = List.copyOf(verdicts);
        verdicts.clear();
        return out;
    }

    /** The live cluster with its clock read as time since the run began. */
    private record SinceStart(LiveCluster cluster, long origin) implements ClusterView {

        @Override
        public long now() {
            return cluster.now() - origin;
        }

        @Override
        public ProtocolConfig protocol() {
            return cluster.protocol();
        }

        @Override
        public List<NodeId> nodeIds() {
            return cluster.nodeIds();
        }

        @Override
        public NodeState state(NodeId id) {
            return cluster.state(id);
        }

        @Override
        public NodeId master(NodeId id) {
            return cluster.master(id);
        }

        @Override
        public boolean isConnected(NodeId id, NodeId peer) {
            return cluster.isConnected(id, peer);
        }

        @Override
        public NodeSnapshot snapshot(NodeId id) {
            return cluster.snapshot(id);
        }

        @Override
        public List<NodeSnapshot> snapshots() {
            return cluster.snapshots();
        }

        @Override
        public Optional<NodeId> currentMaster() {
            return cluster.currentMaster();
        }

        @Override
        public List<LinkView> links() {
            return cluster.links();
        }

        @Override
        public List<List<NodeId>> components() {
            return cluster.components();
        }
    }
}
