package org.clusterscope.protocol;

import java.util.HashMap;
import java.util.Map;

import org.clusterscope.net.Envelope;
import org.clusterscope.net.Message;
import org.clusterscope.net.Receiver;

/**
 * The receiver a node opens its transport with: hands each envelope to the handler registered
 * for its message's type. Messages nobody handles (another protocol's, on a shared network) are
 * ignored, as a real node ignores packets it does not understand.
 */
public final class MessageRouter implements Receiver {

    private final Map<Class<?>, MessageHandler<?>> handlers = new HashMap<>();

    public <M extends Message> MessageRouter on(Class<M> type, MessageHandler<? super M> handler) {
        if (handlers.putIfAbsent(type, handler) != null) {
            throw new IllegalArgumentException("a handler for " + type.getSimpleName() + " is already registered");
        }
        return this;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void receive(Envelope envelope) {
        MessageHandler handler = handlers.get(envelope.message().getClass());
        if (handler != null) {
            handler.handle(envelope, envelope.message());
        }
    }
}
