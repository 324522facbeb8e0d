package org.clusterscope.protocol.service;

import org.clusterscope.net.Envelope;
import org.clusterscope.protocol.MessageHandler;
import org.clusterscope.protocol.message.Query;

/** Hands a received {@link Query} to the node's services (PROTOCOL.md §4). */
public final class QueryHandler implements MessageHandler<Query> {

    private final Services services;

    public QueryHandler(Services services) {
        this.services = services;
    }

    @Override
    public void handle(Envelope envelope, Query message) {
        services.query(message);
    }
}
