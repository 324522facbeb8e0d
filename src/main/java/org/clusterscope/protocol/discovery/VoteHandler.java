package org.clusterscope.protocol.discovery;

import org.clusterscope.net.Envelope;
import org.clusterscope.protocol.MessageHandler;
import org.clusterscope.protocol.message.Vote;

/** Hands a received {@link Vote} to the discovery layer (PROTOCOL.md §2). */
public final class VoteHandler implements MessageHandler<Vote> {

    private final Discovery discovery;

    public VoteHandler(Discovery discovery) {
        this.discovery = discovery;
    }

    @Override
    public void handle(Envelope envelope, Vote message) {
        discovery.heard(message);
    }
}
