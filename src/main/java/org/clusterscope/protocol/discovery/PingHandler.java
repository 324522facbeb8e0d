package org.clusterscope.protocol.discovery;

import org.clusterscope.net.Envelope;
import org.clusterscope.protocol.MessageHandler;
import org.clusterscope.protocol.message.Ping;

/** Hands a received {@link Ping} to the discovery layer (PROTOCOL.md §2). */
public final class PingHandler implements MessageHandler<Ping> {

    private final Discovery discovery;

    public PingHandler(Discovery discovery) {
        this.discovery = discovery;
    }

    @Override
    public void handle(Envelope envelope, Ping message) {
        discovery.ping(message);
    }
}
