package org.clusterscope.protocol;

import java.util.Arrays;

import org.clusterscope.net.Envelope;
import org.clusterscope.net.Message;
import org.clusterscope.net.Receiver;

/**
 * The receiver a node opens its transport with: hands each envelope to the handler registered
 * for its message's type. Messages nobody handles (another protocol's, on a shared network) are
 * ignored, as a real node ignores packets it does not understand.
 *
 * <p>Handlers sit in a small array searched by exact class, in registration order, so the most
 * frequent message (register beacons first) is found with one comparison: on a thousand-node
 * cluster this runs a million times per virtual second, each time for another node, so the first
 * handler is also kept in fields of its own, read without touching the arrays.
 */
public final class MessageRouter implements Receiver {

    private Class<?>[] types = new Class<?>[0];
    private MessageHandler<?>[] handlers = new MessageHandler<?>[0];
    private Class<?> firstType;
    private MessageHandler<?> firstHandler;

    public <M extends Message> MessageRouter on(Class<M> type, MessageHandler<? super M> handler) {
        for (Class<?> known : types) {
            if (known == type) {
                throw new IllegalArgumentException("a handler for " + type.getSimpleName() + " is already registered");
            }
        }
        types = Arrays.copyOf(types, types.length + 1);
        handlers = Arrays.copyOf(handlers, handlers.length + 1);
        types[types.length - 1] = type;
        handlers[handlers.length - 1] = handler;
        if (firstType == null) {
            firstType = type;
            firstHandler = handler;
        }
        return this;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void receive(Envelope envelope) {
        Class<?> type = envelope.message().getClass();
        if (type == firstType) {
            ((MessageHandler) firstHandler).handle(envelope, envelope.message());
            return;
        }
        for (int i = 0; i < types.length; i++) {
            if (types[i] == type) {
                ((MessageHandler) handlers[i]).handle(envelope, envelope.message());
                return;
            }
        }
    }
}
