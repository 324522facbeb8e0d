package org.clusterscope.net.real;

import org.clusterscope.net.MalformedPacketException;
import org.clusterscope.net.Message;

/**
 * The packet format as the transport needs it: a message and its header to bytes and back.
 * Decoding throws only {@link MalformedPacketException}; the transport drops and counts such
 * packets, never passes them on.
 */
public interface PacketFormat {

    byte[] encode(Message message, PacketHeader header);

    Decoded decode(byte[] packet) throws MalformedPacketException;

    /** A packet read back: its header and its message, null when it carries nothing for a node. */
    record Decoded(PacketHeader header, Message message) {
    }

    /**
     * Splits a byte stream (a TCP or Unix connection) into packets; one per connection, fed
     * whatever arrived.
     */
    interface Splitter {

        /** Takes the next bytes of the stream; {@code packets} gets every packet they complete. */
        void feed(byte[] bytes, int length, java.util.function.Consumer<byte[]> packets);
    }

    /** A fresh splitter for one connection. */
    Splitter splitter();
}
