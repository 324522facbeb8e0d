package org.clusterscope.protocol.discovery;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.net.Cancellable;
import org.clusterscope.protocol.NodeContext;

/**
 * Finds peers that have been silent for {@code ttlMs} (PROTOCOL.md §2) with one timer per node
 * rather than one per peer: the timer is set to the earliest deadline among connected peers;
 * when it fires, the peers whose deadline has passed are lost and the timer moves to the next
 * deadline. A beacon only pushes its sender's deadline forward, so receiving one costs no timer
 * work at all, and a peer is still lost at exactly its deadline.
 */
final class LivenessTask implements Runnable {

    private final NodeContext ctx;
    private final PeerTable table;
    private final Discovery discovery;
    private Cancellable timer;
    private long due = Long.MAX_VALUE;

    LivenessTask(NodeContext ctx, PeerTable table, Discovery discovery) {
        this.ctx = ctx;
        this.table = table;
        this.discovery = discovery;
    }

    void reset() {
        if (timer != null) {
            timer.cancel();
        }
        timer = null;
        due = Long.MAX_VALUE;
    }

    /** Makes sure the timer fires no later than {@code deadline}. */
    void watch(long deadline) {
        if (deadline >= due) {
            return;
        }
        reset();
        due = deadline;
        timer = ctx.schedule(Math.max(0, deadline - ctx.now()), this);
    }

    @Override
    public void run() {
        timer = null;
        due = Long.MAX_VALUE;
        long now = ctx.now();
        // one pass over the rows: each visit is a trip to memory on a large cluster
        List<Peer> expired = new ArrayList<>();
        long next = Long.MAX_VALUE;
        for (Peer peer : table.all()) {
            if (peer.isConnected()) {
                long deadline = peer.expiresAt();
                if (deadline <= now) {
                    expired.add(peer);
                } else if (deadline < next) {
                    next = deadline;
                }
            }
        }
        for (Peer peer : expired) {
            if (!ctx.self().isRunning()) {
                return;
            }
            if (peer.isConnected()) {
                discovery.lose(peer);
            }
        }
        // losing a peer moves no other deadline but by a ping, which watches its own
        if (next != Long.MAX_VALUE && ctx.self().isRunning()) {
            watch(next);
        }
    }
}
