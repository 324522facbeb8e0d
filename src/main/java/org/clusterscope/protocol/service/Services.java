package org.clusterscope.protocol.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.PeerStatus;
import org.clusterscope.core.SimTime;
import org.clusterscope.event.SimEvent;
import org.clusterscope.protocol.LocalNode;
import org.clusterscope.protocol.NodeContext;
import org.clusterscope.protocol.discovery.Discovery;
import org.clusterscope.protocol.discovery.MembershipListener;
import org.clusterscope.protocol.discovery.Peer;
import org.clusterscope.protocol.discovery.PeerTable;
import org.clusterscope.protocol.message.Data;
import org.clusterscope.protocol.message.Query;
import org.clusterscope.protocol.message.Reply;
import org.clusterscope.protocol.message.StampedMessage;

/**
 * Services on top of membership (PROTOCOL.md §4, after Tcl {@code cluster}): resolving peers by
 * tags, channel messages to a list, a resolve or a filtered broadcast, hooks that may change or
 * cancel a message, and queries answered by the peers' query hooks.
 *
 * <p>Service messages are checked against the sender's incarnation only: one from an earlier
 * life of the sender is ignored, but messages of one life are not ordered against beacons, so a
 * reply overtaken by a beacon on another path still counts.
 */
public final class Services implements MembershipListener {

    /** The default query timeout (PROTOCOL.md §4). */
    public static final long DEFAULT_QUERY_TIMEOUT = SimTime.seconds(30);

    private final NodeContext ctx;
    private final LocalNode self;
    private final PeerTable table;
    private final Discovery discovery;
    private final ServiceHooks hooks = new ServiceHooks();
    private final Map<Long, PendingQuery> queries = new LinkedHashMap<>();
    private long nextQueryId;

    public Services(NodeContext ctx, PeerTable table, Discovery discovery) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.self = ctx.self();
        this.table = Objects.requireNonNull(table, "table");
        this.discovery = Objects.requireNonNull(discovery, "discovery");
    }

    public ServiceHooks hooks() {
        return hooks;
    }

    /** Forgets pending queries: the node stopped; their listeners hear nothing more. */
    public void stop() {
        queries.clear();
    }

    /** The connected peers whose tags pass {@code resolver}, sorted by id. */
    public List<NodeId> resolve(Resolver resolver) {
        List<NodeId> result = new ArrayList<>();
        for (Peer peer : table.all()) {
            if (peer.isConnected() && resolver.test(peer.tags())) {
                result.add(peer.id());
            }
        }
        result.sort(null);
        return result;
    }

    // ---- sending ---------------------------------------------------------------------------

    /**
     * Sends {@code data} on {@code channel} to each of {@code to}. Returns how many messages
     * went out: 0 when the node is not running or the channel's send hook cancelled it.
     */
    public int send(List<NodeId> to, int channel, String data) {
        HookResult outcome = beforeSend(channel, data, to.size() == 1 ? to.get(0) : null);
        if (outcome.cancelled()) {
            return 0;
        }
        String payload = outcome.payload();
        int sent = 0;
        for (NodeId peer : to) {
            if (discovery.sendTo(peer, new Data(self.id(), self.incarnation(), self.nextSeq(), channel, payload, List.of()))) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends to the peers a resolver selects. */
    public int send(Resolver resolver, int channel, String data) {
        return send(resolve(resolver), channel, data);
    }

    /**
     * Floods {@code data} on {@code channel}; only receivers whose own tags pass {@code filter}
     * read it. Returns false when not sent (node not running, or cancelled by the send hook).
     */
    public boolean broadcast(Resolver filter, int channel, String data) {
        HookResult outcome = beforeSend(channel, data, null);
        if (outcome.cancelled()) {
            return false;
        }
        ctx.transport().broadcast(new Data(self.id(), self.incarnation(), self.nextSeq(), channel, outcome.payload(),
                filter.arguments()), ctx.settings().beaconHops());
        return true;
    }

    /** Runs the channel's send hook, if any; a stopped node sends nothing. */
    private HookResult beforeSend(int channel, String data, NodeId peer) {
        if (!self.isRunning()) {
            return HookResult.CANCELLED;
        }
        ServiceHook hook = hooks.send(channel);
        if (hook == null) {
            return new HookResult(data, false);
        }
        return runHook(hook, new HookCall(self.id(), peer, channel, data, tagsOf(peer)), "channel " + channel + " send");
    }

    // ---- queries -----------------------------------------------------------------------------

    /** {@link #query(Resolver, String, long, QueryListener)} with the default 30 s timeout. */
    public long query(Resolver resolver, String data, QueryListener listener) {
        return query(resolver, data, DEFAULT_QUERY_TIMEOUT, listener);
    }

    /**
     * Asks every connected peer that {@code resolver} selects; each one's query hook answers.
     * The listener gets one {@code response} per answer, then {@code done} or {@code timeout}.
     * Returns the query's id, or -1 when the node is not running.
     */
    public long query(Resolver resolver, String data, long timeoutMicros, QueryListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (!self.isRunning()) {
            return -1;
        }
        long id = ++nextQueryId;
        List<NodeId> asked = resolve(resolver);
        PendingQuery pending = new PendingQuery(id, asked, listener);
        queries.put(id, pending);
        serviceEvent("query.sent", "query " + id + " to " + asked + " (" + resolver + "): " + data);
        if (asked.isEmpty()) {
            finish(pending);
            return id;
        }
        pending.timeout = ctx.schedule(timeoutMicros, new QueryTimeoutTask(this, id));
        for (NodeId peer : asked) {
            discovery.sendTo(peer, new Query(self.id(), self.incarnation(), self.nextSeq(), id, data));
        }
        return id;
    }

    void timedOut(long queryId) {
        PendingQuery pending = queries.remove(queryId);
        if (pending == null) {
            return;
        }
        List<NodeId> missing = pending.missing();
        serviceEvent("query.timeout", "query " + queryId + " timed out waiting for " + missing);
        pending.listener.timeout(missing);
    }

    private void finish(PendingQuery pending) {
        queries.remove(pending.id);
        if (pending.timeout != null) {
            pending.timeout.cancel();
        }
        serviceEvent("query.done", "query " + pending.id + " done");
        pending.listener.done();
    }

    // ---- receiving ---------------------------------------------------------------------------

    void data(Data data) {
        if (!fresh(data)) {
            return;
        }
        if (!self.hasJoined(data.channel())) {
            return; // a node ignores channels it has not joined (§4)
        }
        if (!data.filter().isEmpty() && !Resolver.parse(data.filter()).test(self.tags())) {
            return; // a filtered broadcast is read only by the nodes it selects (§4)
        }
        String payload = data.payload();
        ServiceHook hook = hooks.receive(data.channel());
        if (hook != null) {
            HookResult outcome = runHook(hook, new HookCall(self.id(), data.sender(), data.channel(), payload,
                    tagsOf(data.sender())), "channel " + data.channel() + " receive");
            if (outcome.cancelled()) {
                return;
            }
            payload = outcome.payload();
        }
        String read = payload;
        serviceEvent("channel.receive", self.id() + " got from " + data.sender() + " on channel "
                + data.channel() + ": " + read);
    }

    void query(Query query) {
        if (!fresh(query)) {
            return;
        }
        // without a query hook a peer answers with an empty result
        ServiceHook hook = hooks.query();
        String result = null;
        if (hook != null) {
            HookResult outcome = runHook(hook, new HookCall(self.id(), query.sender(), -1, query.payload(),
                    tagsOf(query.sender())), "query");
            if (outcome.cancelled()) {
                return; // the hook cancelled: no answer
            }
            result = outcome.payload();
        }
        discovery.sendTo(query.sender(), new Reply(self.id(), self.incarnation(), self.nextSeq(), query.queryId(), result));
    }

    void reply(Reply reply) {
        if (!fresh(reply)) {
            return;
        }
        PendingQuery pending = queries.get(reply.queryId());
        if (pending == null || !pending.answered(reply.sender())) {
            return;
        }
        serviceEvent("query.response", "query " + reply.queryId() + ": " + reply.sender() + " answered " + reply.result());
        pending.listener.response(reply.sender(), reply.result());
        if (pending.complete() && queries.containsKey(pending.id)) {
            finish(pending);
        }
    }

    /** A service message from an earlier life of its sender is ignored (§2). */
    private boolean fresh(StampedMessage message) {
        if (!self.isRunning()) {
            return false;
        }
        Peer peer = table.get(message.sender());
        return peer == null || message.incarnation() >= peer.incarnation();
    }

    // ---- membership hooks --------------------------------------------------------------------

    @Override
    public void peerConnected(Peer peer, String reason) {
        ServiceHook hook = hooks.discovered();
        if (hook != null) {
            runHook(hook, new HookCall(self.id(), peer.id(), -1, null, peer.tags()), "service discovered");
        }
    }

    @Override
    public void peerGone(Peer peer, PeerStatus status, String reason) {
        ServiceHook hook = hooks.lost();
        if (hook != null) {
            runHook(hook, new HookCall(self.id(), peer.id(), -1, null, peer.tags()), "service lost");
        }
    }

    @Override
    public void peerReborn(Peer peer) {
        // a restart under the same nickname changes nothing a service sees
    }

    @Override
    public void voteHeard(Peer peer, NodeId vote) {
        // votes are the election's business
    }

    @Override
    public void messageProcessed(Peer peer, String kind) {
        // nothing to do per message
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** Runs a hook; one that throws cancels the message, and an event says so (§4). */
    private HookResult runHook(ServiceHook hook, HookCall call, String point) {
        try {
            return new HookResult(hook.run(call), false);
        } catch (Exception e) {
            serviceEvent("hook.cancelled", point + " hook of " + self.id() + " cancelled the message: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return HookResult.CANCELLED;
        }
    }

    /** What a hook decided: carry on with {@code payload}, or cancel. */
    private record HookResult(String payload, boolean cancelled) {
        static final HookResult CANCELLED = new HookResult(null, true);
    }

    private List<String> tagsOf(NodeId peer) {
        Peer row = peer == null ? null : table.get(peer);
        return row == null || row.tags() == null ? List.of() : row.tags();
    }

    private void serviceEvent(String what, String detail) {
        ctx.emit(() -> new SimEvent.ServiceEvent(ctx.now(), self.id(), what, detail));
    }
}
