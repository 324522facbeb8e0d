package org.clusterscope.net.real;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.function.Consumer;

/**
 * One TCP or Unix domain connection, used in both directions (BPACKET.md "Transports": frames
 * back to back, no handshake). A thread of its own reads it and splits the stream into packets;
 * writes come from the node's sender thread. Closed by either end, or when the peer goes.
 */
final class Connection {

    private final SocketChannel channel;
    private final Protocol protocol;
    private final InetAddress remote;
    private final PacketFormat.Splitter splitter;
    private final Inbound inbound;
    private final Consumer<Connection> closed;
    private volatile boolean open = true;
    /** The peer's sid once a packet told it, or the one this side connected to. */
    private volatile String peer;

    Connection(SocketChannel channel, Protocol protocol, PacketFormat.Splitter splitter, Inbound inbound,
            Consumer<Connection> closed, String peer) throws IOException {
        this.channel = channel;
        this.protocol = protocol;
        this.remote = channel.getRemoteAddress() instanceof InetSocketAddress inet ? inet.getAddress() : null;
        this.splitter = splitter;
        this.inbound = inbound;
        this.closed = closed;
        this.peer = peer;
    }

    /** Starts the reading thread. */
    void start(String threadName) {
        Thread reader = new Thread(this::read, threadName);
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        try {
            while (open) {
                buffer.clear();
                int n = channel.read(buffer);
                if (n < 0) {
                    break;
                }
                splitter.feed(buffer.array(), n, this::handOn);
            }
        } catch (IOException e) {
            // reset by the peer, or closed by this side: either way the connection is over
        } finally {
            close();
        }
    }

    private void handOn(byte[] packet) {
        try {
            inbound.packet(packet, protocol, remote, this);
        } catch (RuntimeException e) {
            // a bug in handling one packet must not end the connection: drop that packet
        }
    }

    /** Writes one whole packet, blocking until it is in the socket's buffer. */
    void write(byte[] packet) throws IOException {
        if (!open) {
            throw new IOException("connection closed");
        }
        ByteBuffer buffer = ByteBuffer.wrap(packet);
        synchronized (this) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    boolean isOpen() {
        return open && channel.isOpen();
    }

    Protocol protocol() {
        return protocol;
    }

    String peer() {
        return peer;
    }

    void peer(String sid) {
        peer = sid;
    }

    void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to do with a connection that will not close cleanly
        }
        closed.accept(this);
    }

    @Override
    public String toString() {
        return protocol.label() + " connection" + (peer == null ? "" : " with " + peer);
    }
}
