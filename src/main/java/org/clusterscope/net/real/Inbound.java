package org.clusterscope.net.real;

import java.net.InetAddress;

/** Where the socket threads hand the packets they read. */
@FunctionalInterface
interface Inbound {

    /**
     * @param source     the address the packet came from; null on a Unix domain socket (always local)
     * @param connection the connection it came on, or null for a datagram
     */
    void packet(byte[] bytes, Protocol via, InetAddress source, Connection connection);
}
