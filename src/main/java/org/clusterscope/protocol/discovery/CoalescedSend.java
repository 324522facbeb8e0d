package org.clusterscope.protocol.discovery;

import java.util.function.LongSupplier;

import org.clusterscope.protocol.NodeContext;

/**
 * A send that many requests share: the first request schedules it after a delay, and every
 * request made while it is pending is covered by that one send. Probe answers use it (a random
 * delay in {@code [0, heartbeatMs/4)}, PROTOCOL.md §2: when a whole cluster starts at once each
 * node answers once or twice, not once per newcomer) and so do vote messages (no delay: one
 * message per virtual instant however often the vote moved in it, §3 rule 2).
 */
final class CoalescedSend implements Runnable {

    private final NodeContext ctx;
    private final LongSupplier delayMicros;
    private final Runnable send;
    private boolean pending;

    CoalescedSend(NodeContext ctx, LongSupplier delayMicros, Runnable send) {
        this.ctx = ctx;
        this.delayMicros = delayMicros;
        this.send = send;
    }

    /** Forgets a pending send; the node's scheduler drops the tasks of a stopped life. */
    void reset() {
        pending = false;
    }

    void request() {
        if (!pending) {
            pending = true;
            ctx.schedule(delayMicros.getAsLong(), this);
        }
    }

    @Override
    public void run() {
        pending = false;
        send.run();
    }
}
