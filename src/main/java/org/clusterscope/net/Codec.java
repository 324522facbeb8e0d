package org.clusterscope.net;

/**
 * Turns messages into bytes and back, for transports that cross a process boundary. Decoding
 * never throws anything but {@link MalformedPacketException}: a malformed packet is dropped and
 * counted by the caller, never allowed to crash a node.
 */
public interface Codec {

    byte[] encode(Message message);

    Message decode(byte[] packet) throws MalformedPacketException;
}
