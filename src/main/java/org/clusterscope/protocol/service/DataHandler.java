package org.clusterscope.protocol.service;

import org.clusterscope.net.Envelope;
import org.clusterscope.protocol.MessageHandler;
import org.clusterscope.protocol.message.Data;

/** Hands a received {@link Data} to the node's services (PROTOCOL.md §4). */
public final class DataHandler implements MessageHandler<Data> {

    private final Services services;

    public DataHandler(Services services) {
        this.services = services;
    }

    @Override
    public void handle(Envelope envelope, Data message) {
        services.data(message);
    }
}
