package org.clusterscope.protocol.discovery;

import org.clusterscope.protocol.NodeContext;

/**
 * Sends the vote message of PROTOCOL.md §3 rule 2 at the current virtual instant, once the
 * work in hand is done: one message per instant however many times the vote moved in it.
 */
final class VoteTask implements Runnable {

    private final NodeContext ctx;
    private final Discovery discovery;
    private boolean pending;

    VoteTask(NodeContext ctx, Discovery discovery) {
        this.ctx = ctx;
        this.discovery = discovery;
    }

    void reset() {
        pending = false;
    }

    void request() {
        if (!pending) {
            pending = true;
            ctx.schedule(0, this);
        }
    }

    @Override
    public void run() {
        pending = false;
        discovery.floodVote();
    }
}
