package org.clusterscope.net.real;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * UDP multicast on the group (BPACKET.md "Transports", {@code c}). The socket is bound to the
 * group's port with {@code SO_REUSEPORT} set before binding, as every socket sharing the port
 * must have it when a Tcl member holds the port too; it joins the group on the loopback
 * interface and on every other interface that is up and takes multicast, so it hears members
 * whatever interface their packets leave by. The multicast TTL is {@code remote}: 0 keeps every
 * packet on this host.
 */
final class MulticastLink extends DatagramLink {

    private final InetSocketAddress group;
    private volatile boolean viaLoopback;

    private MulticastLink(DatagramChannel channel, InetSocketAddress group) {
        super(channel);
        this.group = group;
    }

    static MulticastLink open(NetworkSettings settings) throws IOException {
        InetSocketAddress group = settings.group();
        DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            // bound to the group address: the socket reads the group's packets and nothing sent to a host address
            channel.bind(new InetSocketAddress(group.getAddress(), group.getPort()));
            channel.setOption(StandardSocketOptions.IP_MULTICAST_TTL, settings.remote());
            channel.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
            int joined = 0;
            if (settings.remote() == 0) {
                // this host only (Tcl's -remote 0): send and listen on the loopback interface, so
                // that not even a group membership report leaves the machine
                channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, loopback());
            }
            for (NetworkInterface each : interfaces(settings.remote() == 0)) {
                try {
                    channel.join(group.getAddress(), each);
                    joined++;
                } catch (IOException e) {
                    // an interface that cannot join is one the group does not reach
                }
            }
            if (joined == 0) {
                throw new IOException("could not join " + group.getAddress().getHostAddress() + " on any interface");
            }
            return new MulticastLink(channel, group);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /** The loopback interface first, then (unless {@code loopbackOnly}) every other interface that is up and takes multicast. */
    private static List<NetworkInterface> interfaces(boolean loopbackOnly) throws SocketException {
        List<NetworkInterface> result = new ArrayList<>();
        for (NetworkInterface each : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (each.isLoopback()) {
                result.add(0, each);
            } else if (!loopbackOnly && each.isUp() && each.supportsMulticast()) {
                result.add(each);
            }
        }
        return result;
    }

    @Override
    void broadcast(byte[] packet) throws IOException {
        try {
            channel.send(ByteBuffer.wrap(packet), group);
        } catch (IOException e) {
            if (viaLoopback) {
                throw e;
            }
            // no multicast route (a host without a default route): send by the loopback interface
            viaLoopback = true;
            channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, loopback());
            channel.send(ByteBuffer.wrap(packet), group);
        }
    }

    private static NetworkInterface loopback() throws IOException {
        for (NetworkInterface each : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (each.isLoopback()) {
                return each;
            }
        }
        throw new IOException("no loopback interface");
    }

    @Override
    void sendTo(Contact contact, byte[] packet) throws IOException {
        broadcast(packet); // the filter names the one node meant to read it
    }
}
