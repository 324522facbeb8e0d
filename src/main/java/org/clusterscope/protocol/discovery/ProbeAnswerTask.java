package org.clusterscope.protocol.discovery;

import org.clusterscope.protocol.NodeContext;

/**
 * Answers probes with a beacon after a random delay in {@code [0, heartbeatMs/4)} (PROTOCOL.md
 * §2). One answer covers every probe that arrives while it is pending: when a whole cluster
 * starts at once, each node answers once or twice, not once per newcomer.
 */
final class ProbeAnswerTask implements Runnable {

    private final NodeContext ctx;
    private final Discovery discovery;
    private boolean pending;

    ProbeAnswerTask(NodeContext ctx, Discovery discovery) {
        this.ctx = ctx;
        this.discovery = discovery;
    }

    void reset() {
        pending = false;
    }

    void request() {
        if (pending) {
            return;
        }
        pending = true;
        long window = ctx.settings().heartbeatMicros() / 4;
        long delay = window > 0 ? ctx.answerRandom().nextLong(window) : 0;
        ctx.schedule(delay, this);
    }

    @Override
    public void run() {
        pending = false;
        discovery.sendBeacon();
    }
}
