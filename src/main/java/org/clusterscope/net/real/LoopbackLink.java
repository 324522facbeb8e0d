package org.clusterscope.net.real;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * Datagrams on 127.0.0.1 to the other nodes of a {@link LoopbackBus}, standing in for multicast
 * where it is not routed: a broadcast is one datagram per node.
 */
final class LoopbackLink extends DatagramLink {

    private final LoopbackBus bus;
    private final String sid;
    private final InetSocketAddress local;

    private LoopbackLink(DatagramChannel channel, LoopbackBus bus, String sid) throws IOException {
        super(channel);
        this.bus = bus;
        this.sid = sid;
        this.local = (InetSocketAddress) channel.getLocalAddress();
        bus.join(sid, local);
    }

    static LoopbackLink open(LoopbackBus bus, String sid) throws IOException {
        DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        try {
            channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return new LoopbackLink(channel, bus, sid);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    void broadcast(byte[] packet) throws IOException {
        for (InetSocketAddress other : bus.others(sid)) {
            channel.send(ByteBuffer.wrap(packet), other);
        }
    }

    @Override
    void sendTo(Contact contact, byte[] packet) throws IOException {
        InetSocketAddress at = bus.of(contact.sid());
        if (at == null) {
            throw new IOException(contact.sid() + " reads no datagrams on this host");
        }
        channel.send(ByteBuffer.wrap(packet), at);
    }

    @Override
    void close() {
        bus.leave(sid, local);
        super.close();
    }
}
