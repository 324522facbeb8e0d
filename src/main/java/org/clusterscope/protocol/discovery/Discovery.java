package org.clusterscope.protocol.discovery;

import java.util.Objects;
import java.util.function.Supplier;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.PeerStatus;
import org.clusterscope.core.SimTime;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.Message;
import org.clusterscope.protocol.LocalNode;
import org.clusterscope.protocol.NodeContext;
import org.clusterscope.protocol.message.Beacon;
import org.clusterscope.protocol.message.Goodbye;
import org.clusterscope.protocol.message.MembershipMessage;
import org.clusterscope.protocol.message.NodeCard;
import org.clusterscope.protocol.message.Ping;
import org.clusterscope.protocol.message.Probe;
import org.clusterscope.protocol.message.Vote;

/**
 * Discovery and failure detection (PROTOCOL.md §2, after Tcl {@code cluster} and QuorumCluster).
 * A node probes on start, beacons every heartbeat, answers probes with a beacon, keeps its
 * {@link PeerTable} from what it hears, finds out lost peers by silence and dispatched ones by
 * their goodbye, and pings a peer it cannot reach. What it learns goes to a
 * {@link MembershipListener}: the election and the services.
 *
 * <p>The work per received beacon is constant: one table lookup, a few field writes, no copy.
 */
public final class Discovery {

    private final NodeContext ctx;
    private final LocalNode self;
    private final PeerTable table;
    private final MembershipListener listener;
    private final Supplier<NodeId> vote;
    private final BeaconTask beacons;
    private final CoalescedSend answers;
    private final CoalescedSend votes;
    private final LivenessTask liveness;
    /** Kept here, read on every beacon: the settings are fixed for the node's life. */
    private final long ttlMicros;
    private final int selfHash;

    /** @param vote the node's current vote, carried in every probe, beacon and vote message */
    public Discovery(NodeContext ctx, PeerTable table, MembershipListener listener, Supplier<NodeId> vote) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.self = ctx.self();
        this.table = Objects.requireNonNull(table, "table");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.vote = Objects.requireNonNull(vote, "vote");
        this.beacons = new BeaconTask(ctx, this);
        this.answers = new CoalescedSend(ctx, this::answerDelay, this::sendBeacon);
        this.votes = new CoalescedSend(ctx, () -> 0, this::floodVote);
        this.liveness = new LivenessTask(ctx, table, this);
        this.ttlMicros = ctx.settings().ttlMicros();
        this.selfHash = self.id().hashCode();
    }

    /** A probe is answered after a random delay in {@code [0, heartbeatMs/4)} (PROTOCOL.md §2). */
    private long answerDelay() {
        long window = ctx.settings().heartbeatMicros() / 4;
        return window > 0 ? ctx.answerRandom().nextLong(window) : 0;
    }

    public PeerTable table() {
        return table;
    }

    /** On start: empty tables, a probe to everyone reachable, then the periodic beacons (§2). */
    public void start() {
        table.clear();
        answers.reset();
        votes.reset();
        liveness.reset();
        broadcast(new Probe(card()));
        beacons.start();
    }

    /** Floods a beacon now; the periodic timer is not moved. */
    public void sendBeacon() {
        broadcast(new Beacon(card()));
    }

    /**
     * Floods a vote message at once, in virtual time: the node's vote changed (§3 rule 2). The
     * message leaves when the work of the current instant is done, so several changes in one
     * instant (a wave of probes arriving together) make one message carrying the final vote.
     */
    public void sendVote() {
        votes.request();
    }

    void floodVote() {
        broadcast(new Vote(card()));
    }

    /** Floods a goodbye, as a node does when it quits or dispatches itself (§1, §3 rule 4). */
    public void sayGoodbye(String reason) {
        broadcast(new Goodbye(self.id(), self.incarnation(), self.nextSeq(), reason));
    }

    /**
     * Sends a message to one peer; when it is known at once that it cannot arrive and the peer
     * is believed connected, starts the self-healing ping (§2).
     */
    public boolean sendTo(NodeId to, Message message) {
        boolean sent = ctx.transport().send(to, message);
        if (!sent && self.isRunning() && table.isConnected(to)) {
            suspect(to);
        }
        return sent;
    }

    /** The self-healing ping: tell everyone {@code suspect} may be gone, and shorten its time to live here too. */
    public void suspect(NodeId suspect) {
        broadcast(new Ping(self.id(), self.incarnation(), self.nextSeq(), suspect));
        shortenLife(suspect);
    }

    private NodeCard card() {
        return self.card(vote.get());
    }

    private void broadcast(Message message) {
        ctx.transport().broadcast(message, ctx.settings().beaconHops());
    }

    // ---- receiving ---------------------------------------------------------------------------

    /** A probe: learn the sender, then answer with a beacon after a short random delay (§2). */
    void probe(Probe probe) {
        if (heard(probe)) {
            answers.request();
        }
    }

    /**
     * A probe, beacon or vote message. Returns false when it was ignored (stale, or the node
     * stopped while handling it).
     */
    boolean heard(MembershipMessage message) {
        NodeCard card = message.card();
        if (isSelf(card.id()) || !self.isRunning()) {
            return false;
        }
        long now = ctx.now();
        Peer peer = table.get(card.id());
        if (peer == null) {
            peer = table.add(card.id());
            update(peer, card, now);
            connected(peer, message.kind(), false);
        } else {
            if (peer.isStale(card.incarnation(), card.seq())) {
                return false;
            }
            boolean reborn = card.incarnation() > peer.incarnation();
            update(peer, card, now);
            if (!peer.isConnected()) {
                table.setStatus(peer, PeerStatus.CONNECTED);
                connected(peer, message.kind(), true);
            } else if (reborn) {
                listener.peerReborn(peer);
            }
        }
        if (!self.isRunning()) {
            return false;
        }
        listener.voteHeard(peer, card.vote());
        if (!self.isRunning()) {
            return false;
        }
        listener.messageProcessed(peer, message.kind());
        return self.isRunning();
    }

    private void update(Peer peer, NodeCard card, long now) {
        peer.identity(card.port(), card.birth(), card.incarnation());
        peer.lastSeq(card.seq());
        peer.looks(card.state(), card.tags());
        peer.heard(now, ttlMicros);
    }

    /** Whether an id is this node's own, compared by hash first so that other ids cost no string comparison. */
    private boolean isSelf(NodeId id) {
        NodeId own = self.id();
        return id == own || (id.hashCode() == selfHash && id.equals(own));
    }

    private void connected(Peer peer, String kind, boolean again) {
        liveness.watch(peer.expiresAt());
        String reason = (again ? "heard again through its " : "discovered through its ") + kind;
        ctx.emit(() -> new SimEvent.PeerChanged(ctx.now(), self.id(), peer.id(), PeerStatus.CONNECTED,
                self.id() + " sees " + peer.id() + ": " + reason));
        listener.peerConnected(peer, reason);
    }

    /** A goodbye: the sender is dispatched, not lost (§2). */
    void goodbye(Goodbye goodbye) {
        if (!self.isRunning()) {
            return;
        }
        Peer peer = table.get(goodbye.sender());
        if (peer == null || peer.isStale(goodbye.incarnation(), goodbye.seq())
                || peer.status() == PeerStatus.DISPATCHED) {
            return;
        }
        if (goodbye.incarnation() == peer.incarnation()) {
            peer.lastSeq(goodbye.seq());
        }
        boolean wasConnected = peer.isConnected();
        table.setStatus(peer, PeerStatus.DISPATCHED);
        String reason = peer.id() + " said goodbye (" + goodbye.reason() + ")";
        ctx.emit(() -> new SimEvent.PeerChanged(ctx.now(), self.id(), peer.id(), PeerStatus.DISPATCHED, reason));
        if (wasConnected) {
            listener.peerGone(peer, PeerStatus.DISPATCHED, reason);
        }
    }

    /** A ping: shorten the suspect's time to live, or answer at once if this node is the suspect (§2). */
    void ping(Ping ping) {
        if (!self.isRunning()) {
            return;
        }
        Peer sender = table.get(ping.sender());
        if (sender != null) {
            if (sender.isStale(ping.incarnation(), ping.seq())) {
                return;
            }
            if (ping.incarnation() == sender.incarnation()) {
                sender.lastSeq(ping.seq());
            }
        }
        if (ping.suspect().equals(self.id())) {
            sendBeacon();
        } else {
            shortenLife(ping.suspect());
        }
    }

    /** Cuts a suspect's remaining time to live to at most two heartbeats, unless heard within the last one (§2). */
    private void shortenLife(NodeId suspect) {
        Peer peer = table.get(suspect);
        if (peer == null || !peer.isConnected()) {
            return;
        }
        long now = ctx.now();
        long heartbeat = ctx.settings().heartbeatMicros();
        if (now - peer.lastHeard() < heartbeat) {
            return;
        }
        long cut = now + 2 * heartbeat;
        if (cut < peer.expiresAt()) {
            peer.expiresAt(cut);
            liveness.watch(cut);
        }
    }

    /** Called by the liveness task for a connected peer whose time to live ran out (§2). */
    void lose(Peer peer) {
        table.setStatus(peer, PeerStatus.LOST);
        String reason = self.id() + " lost " + peer.id() + ": silent for "
                + SimTime.format(ctx.now() - peer.lastHeard());
        ctx.emit(() -> new SimEvent.PeerChanged(ctx.now(), self.id(), peer.id(), PeerStatus.LOST, reason));
        listener.peerGone(peer, PeerStatus.LOST, reason);
    }
}
