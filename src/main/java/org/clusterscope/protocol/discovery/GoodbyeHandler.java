package org.clusterscope.protocol.discovery;

import org.clusterscope.net.Envelope;
import org.clusterscope.protocol.MessageHandler;
import org.clusterscope.protocol.message.Goodbye;

/** Hands a received {@link Goodbye} to the discovery layer (PROTOCOL.md §2). */
public final class GoodbyeHandler implements MessageHandler<Goodbye> {

    private final Discovery discovery;

    public GoodbyeHandler(Discovery discovery) {
        this.discovery = discovery;
    }

    @Override
    public void handle(Envelope envelope, Goodbye message) {
        discovery.goodbye(message);
    }
}
