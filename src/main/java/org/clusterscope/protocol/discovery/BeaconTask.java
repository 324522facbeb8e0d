package org.clusterscope.protocol.discovery;

import org.clusterscope.protocol.NodeContext;

/**
 * The periodic beacon: every heartbeat, give or take 10 % drawn from the node's own heartbeat
 * stream, so that nodes started together drift apart instead of beaconing in lock-step
 * (PROTOCOL.md §2).
 */
final class BeaconTask implements Runnable {

    private static final double JITTER = 0.10;

    private final NodeContext ctx;
    private final Discovery discovery;

    BeaconTask(NodeContext ctx, Discovery discovery) {
        this.ctx = ctx;
        this.discovery = discovery;
    }

    void start() {
        ctx.schedule(nextInterval(), this);
    }

    @Override
    public void run() {
        discovery.sendBeacon();
        ctx.schedule(nextInterval(), this);
    }

    private long nextInterval() {
        double factor = 1 - JITTER + 2 * JITTER * ctx.heartbeatRandom().nextDouble();
        return Math.max(1, Math.round(ctx.settings().heartbeatMicros() * factor));
    }
}
