package org.clusterscope.protocol.discovery;

import org.clusterscope.net.Envelope;
import org.clusterscope.protocol.MessageHandler;
import org.clusterscope.protocol.message.Beacon;

/** Hands a received {@link Beacon} to the discovery layer (PROTOCOL.md §2). */
public final class BeaconHandler implements MessageHandler<Beacon> {

    private final Discovery discovery;

    public BeaconHandler(Discovery discovery) {
        this.discovery = discovery;
    }

    @Override
    public void handle(Envelope envelope, Beacon message) {
        discovery.heard(message);
    }
}
