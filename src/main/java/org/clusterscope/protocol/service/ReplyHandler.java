package org.clusterscope.protocol.service;

import org.clusterscope.net.Envelope;
import org.clusterscope.protocol.MessageHandler;
import org.clusterscope.protocol.message.Reply;

/** Hands a received {@link Reply} to the node's services (PROTOCOL.md §4). */
public final class ReplyHandler implements MessageHandler<Reply> {

    private final Services services;

    public ReplyHandler(Services services) {
        this.services = services;
    }

    @Override
    public void handle(Envelope envelope, Reply message) {
        services.reply(message);
    }
}
