package org.clusterscope.protocol.election;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.PeerStatus;
import org.clusterscope.event.SimEvent;
import org.clusterscope.protocol.LocalNode;
import org.clusterscope.protocol.NodeContext;
import org.clusterscope.protocol.Strategy;
import org.clusterscope.protocol.discovery.Peer;
import org.clusterscope.protocol.discovery.PeerTable;

/**
 * The {@code quorum} election of QuorumCluster (PROTOCOL.md §3).
 *
 * <p>A node votes for the best of itself and its connected peers (lowest port or earliest
 * birth, ties by id). It holds the latest vote of each connected peer; a vote naming a node
 * that is neither this node nor a connected peer is stale and counts as not yet in. Once the
 * discovery window (the first heartbeat) has closed and every connected peer's vote is in, it
 * counts: the most voted candidate with {@code c} of {@code n = 1 + |connected|} votes is
 * master if {@code 2c >= n}; otherwise a node that did not vote for it dispatches itself ("no
 * majority") and the others accept it. A node that loses a peer and then has more lost peers
 * than connected ones dispatches itself ("more lost than connected").
 *
 * <p>A peer still in its discovery window announces itself as {@code joining}: it "has not yet
 * heard enough to vote" (§1), so its vote is provisional. A count without a majority therefore
 * decides nothing while a connected peer is joining — no node shuts itself down on provisional
 * votes; it counts again as those peers leave their window. (Without this, a master that sees a
 * batch of newcomers arrive, each still voting for whatever little it has heard, would find no
 * majority and dispatch itself.) Counts with a majority are not deferred.
 *
 * <p>Votes are tallied incrementally: {@link #validVotes} is how many connected peers hold a
 * vote that counts, so "are all votes in" is one comparison and a count visits only the
 * candidates actually voted for. A count whose inputs (held votes, own vote, connected set,
 * window) have not changed since the previous one would decide the same again, so it is
 * skipped: a beacon that repeats what its sender said before costs no count at all. That keeps
 * counting on every received beacon affordable at a thousand nodes.
 */
public final class QuorumElection implements Election {

    private final NodeContext ctx;
    private final LocalNode self;
    private final PeerTable table;
    private final ElectionHost host;
    private final Strategy strategy;
    private final VoteTally tally = new VoteTally();
    private int validVotes;
    private NodeId vote;
    private long voteKey;
    private boolean windowOpen;
    private boolean changed;
    private CountResult last;
    private Peer waitingFor;

    public QuorumElection(NodeContext ctx, PeerTable table, ElectionHost host, Strategy strategy) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.self = ctx.self();
        this.table = Objects.requireNonNull(table, "table");
        this.host = Objects.requireNonNull(host, "host");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    @Override
    public String name() {
        return "quorum";
    }

    public Strategy strategy() {
        return strategy;
    }

    @Override
    public void start() {
        tally.clear();
        validVotes = 0;
        last = null;
        waitingFor = null;
        windowOpen = true;
        changed = true;
        vote = self.id();
        voteKey = selfKey();
        ctx.emit(() -> new SimEvent.VoteCast(ctx.now(), self.id(), self.id(),
                self.id() + " votes " + self.id() + ": alone, nothing heard yet"));
        ctx.schedule(ctx.settings().heartbeatMicros(), new WindowTask(this));
    }

    @Override
    public NodeId vote() {
        return vote;
    }

    @Override
    public CountResult lastCount() {
        return last;
    }

    // ---- read-only looks for checks: the incremental tally against a recount ----------------

    /** How many held votes count now (§3 rule 2), as kept up to date vote by vote. */
    public int validVotes() {
        return validVotes;
    }

    /** How many held votes count now, recounted from scratch over the peer table. */
    public int recountValidVotes() {
        int valid = 0;
        for (Peer peer : table.all()) {
            if (peer.vote() != null && isValid(peer.vote())) {
                valid++;
            }
        }
        return valid;
    }

    /** The held votes per candidate, as kept up to date vote by vote (candidates with none left out). */
    public Map<NodeId, Integer> tallied() {
        Map<NodeId, Integer> votes = new TreeMap<>();
        for (NodeId candidate : tally.candidates()) {
            votes.put(candidate, tally.count(candidate));
        }
        return votes;
    }

    /** The held votes per candidate, recounted from scratch over the peer table. */
    public Map<NodeId, Integer> recountTally() {
        Map<NodeId, Integer> votes = new TreeMap<>();
        for (Peer peer : table.all()) {
            if (peer.vote() != null) {
                votes.merge(peer.vote(), 1, Integer::sum);
            }
        }
        return votes;
    }

    /** Whether the discovery window is still open (the node stays joining). */
    public boolean windowOpen() {
        return windowOpen;
    }

    void closeWindow() {
        windowOpen = false;
        changed = true;
        count("discovery window closed", null);
    }

    // ---- what discovery tells us --------------------------------------------------------------

    @Override
    public void peerConnected(Peer peer, String reason) {
        changed = true;
        // votes already held for this peer count again now that it is connected (§3 rule 2)
        validVotes += tally.count(peer.id());
        consider(peer, reason);
    }

    @Override
    public void peerReborn(Peer peer) {
        changed = true;
        if (peer.id().equals(vote)) {
            recomputeVote(peer.id() + " restarted");
        } else {
            consider(peer, peer.id() + " restarted");
        }
    }

    @Override
    public void peerGone(Peer peer, PeerStatus status, String reason) {
        changed = true;
        NodeId held = peer.vote();
        if (held != null) {
            tally.remove(held);
            if (held.equals(peer.id()) || isValid(held)) {
                validVotes--;
            }
            peer.setVote(null);
        }
        // votes naming the gone peer are stale now (§3 rule 2)
        validVotes -= tally.count(peer.id());
        if (peer.id().equals(vote)) {
            recomputeVote(reason);
        }
        if (status == PeerStatus.LOST && table.lostCount() > table.connectedCount()) {
            host.dispatchSelf("lost " + table.lostCount() + " > connected " + table.connectedCount());
            return;
        }
        count(status == PeerStatus.LOST ? "lost" : "goodbye", peer.id());
    }

    @Override
    public void voteHeard(Peer peer, NodeId heard) {
        NodeId held = peer.vote();
        if (heard.equals(held)) {
            return;
        }
        changed = true;
        if (held != null) {
            tally.remove(held);
            if (isValid(held)) {
                validVotes--;
            }
        }
        peer.setVote(heard);
        tally.add(heard);
        if (isValid(heard)) {
            validVotes++;
        }
    }

    @Override
    public void messageProcessed(Peer peer, String kind) {
        count(kind, peer.id());
    }

    // ---- own vote (§3 rule 1) -----------------------------------------------------------------

    private void consider(Peer peer, String why) {
        long key = strategy.key(peer.port(), peer.birth());
        if (Strategy.ranksBefore(key, peer.id(), voteKey, vote)) {
            changeVote(peer.id(), key, why);
        }
    }

    private void recomputeVote(String why) {
        NodeId best = self.id();
        long bestKey = selfKey();
        for (Peer peer : table.all()) {
            if (peer.isConnected()) {
                long key = strategy.key(peer.port(), peer.birth());
                if (Strategy.ranksBefore(key, peer.id(), bestKey, best)) {
                    best = peer.id();
                    bestKey = key;
                }
            }
        }
        if (!best.equals(vote) || bestKey != voteKey) {
            changeVote(best, bestKey, why);
        }
    }

    private void changeVote(NodeId candidate, long key, String why) {
        boolean other = !candidate.equals(vote);
        vote = candidate;
        voteKey = key;
        changed = true;
        if (!other) {
            return;
        }
        ctx.emit(() -> new SimEvent.VoteCast(ctx.now(), self.id(), candidate, voteReason(candidate, why)));
        host.voteChanged(candidate);
    }

    private String voteReason(NodeId candidate, String why) {
        List<String> among = new ArrayList<>();
        among.add(self.id().value());
        for (Peer peer : table.all()) {
            if (peer.isConnected()) {
                among.add(peer.id().value());
            }
        }
        among.sort(null);
        return self.id() + " votes " + candidate + ": " + strategy.words() + " among {" + String.join(",", among)
                + "} (" + why + ")";
    }

    // ---- counting (§3 rule 3) -----------------------------------------------------------------

    private void count(String trigger, NodeId from) {
        if (!changed || windowOpen || !self.isRunning()) {
            return;
        }
        changed = false;
        int connected = table.connectedCount();
        if (validVotes < connected) {
            return; // some connected peer's vote is not in yet
        }
        int n = connected + 1;
        NodeId leader = vote;
        long leaderKey = voteKey;
        int best = 1 + tally.count(vote);
        for (NodeId candidate : tally.candidates()) {
            if (candidate.equals(vote) || !isValid(candidate)) {
                continue;
            }
            int votes = tally.count(candidate);
            long key = keyOf(candidate);
            if (votes > best || (votes == best && Strategy.ranksBefore(key, candidate, leaderKey, leader))) {
                leader = candidate;
                leaderKey = key;
                best = votes;
            }
        }
        boolean majority = CountResult.isMajority(best, n);
        record(n, leader, best, majority, trigger, from);
        if (!majority && joiningPeer() != null) {
            // provisional votes: wait for the joining peers to leave their window (§1)
            changed = true;
            return;
        }
        if (!majority && !leader.equals(vote)) {
            host.dispatchSelf("no majority: " + leader + " has " + best + " of " + n + " votes, " + self.id()
                    + " votes " + vote);
            return;
        }
        NodeState state = leader.equals(self.id()) ? NodeState.MASTER : NodeState.SLAVE;
        if (state != self.state() || !leader.equals(self.master())) {
            String how = best + " of " + n + " votes" + (majority ? "" : ", most voted without a majority");
            String reason = state == NodeState.MASTER
                    ? self.id() + " is master: " + how
                    : self.id() + " follows " + leader + ": " + how;
            host.roleChanged(state, leader, reason);
        }
    }

    private void record(int n, NodeId leader, int votes, boolean majority, String trigger, NodeId from) {
        if (last != null && last.n() == n && last.votes() == votes && last.majority() == majority
                && last.leader().equals(leader)) {
            return;
        }
        last = new CountResult(n, leader, votes, majority);
        ctx.emit(() -> new SimEvent.VotesCounted(ctx.now(), self.id(), n, leader, votes, majority,
                self.id() + " counts " + votes + " of " + n + " votes for " + leader
                        + (majority ? " (majority)" : " (no majority)") + " after "
                        + (from == null ? trigger : trigger + " from " + from)));
    }

    /**
     * A connected peer that last announced itself joining, or null. The one found last time is
     * checked first, so waiting on a joining peer costs one look per message, not a table scan.
     */
    private Peer joiningPeer() {
        if (waitingFor != null && waitingFor.isConnected() && waitingFor.state() == NodeState.JOINING
                && table.get(waitingFor.id()) == waitingFor) {
            return waitingFor;
        }
        waitingFor = null;
        for (Peer peer : table.all()) {
            if (peer.isConnected() && peer.state() == NodeState.JOINING) {
                waitingFor = peer;
                break;
            }
        }
        return waitingFor;
    }

    /** A vote counts if it names this node or a connected peer (§3 rule 2). */
    private boolean isValid(NodeId candidate) {
        return candidate.equals(self.id()) || table.isConnected(candidate);
    }

    private long keyOf(NodeId candidate) {
        if (candidate.equals(self.id())) {
            return selfKey();
        }
        Peer peer = table.get(candidate);
        return strategy.key(peer.port(), peer.birth());
    }

    private long selfKey() {
        return strategy.key(self.port(), self.birth());
    }
}
