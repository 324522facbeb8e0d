package org.clusterscope.protocol.discovery;

import org.clusterscope.net.Envelope;
import org.clusterscope.protocol.MessageHandler;
import org.clusterscope.protocol.message.Probe;

/** Hands a received {@link Probe} to the discovery layer (PROTOCOL.md §2). */
public final class ProbeHandler implements MessageHandler<Probe> {

    private final Discovery discovery;

    public ProbeHandler(Discovery discovery) {
        this.discovery = discovery;
    }

    @Override
    public void handle(Envelope envelope, Probe message) {
        discovery.probe(message);
    }
}
