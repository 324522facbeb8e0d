package org.clusterscope.protocol;

import org.clusterscope.net.Envelope;
import org.clusterscope.net.Message;

/** Handles one type of message (STYLE.md §6: one handler per message type). */
@FunctionalInterface
public interface MessageHandler<M extends Message> {

    void handle(Envelope envelope, M message);
}
