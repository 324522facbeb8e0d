package org.clusterscope.net.real;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;

/**
 * The datagram side of a node ({@code c}, BPACKET.md "Transports"): one packet per datagram,
 * read by a thread of its own. Broadcasts go to every node; a packet for one node carries a
 * filter naming it and goes wherever that node reads datagrams.
 */
abstract class DatagramLink {

    protected final DatagramChannel channel;
    private volatile boolean open = true;

    DatagramLink(DatagramChannel channel) {
        this.channel = channel;
    }

    /** A packet for every node. */
    abstract void broadcast(byte[] packet) throws IOException;

    /** A packet for one node (its filter names it). */
    abstract void sendTo(Contact contact, byte[] packet) throws IOException;

    void start(String threadName, Inbound inbound) {
        Thread reader = new Thread(() -> {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            while (open) {
                try {
                    buffer.clear();
                    SocketAddress source = channel.receive(buffer);
                    if (source instanceof InetSocketAddress inet) {
                        inbound.packet(Arrays.copyOf(buffer.array(), buffer.position()), Protocol.MULTICAST,
                                inet.getAddress(), null);
                    }
                } catch (IOException e) {
                    if (!channel.isOpen()) {
                        return;
                    }
                } catch (RuntimeException e) {
                    // a bug in handling one packet must not leave the node deaf: drop that packet
                }
            }
        }, threadName);
        reader.setDaemon(true);
        reader.start();
    }

    void close() {
        open = false;
        try {
            channel.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
