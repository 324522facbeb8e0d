package org.clusterscope.net.real;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How real nodes reach each other (BPACKET.md "Transports"): the multicast group and port, the
 * multicast TTL ({@code remote}: 0 keeps every packet on this host and makes a node drop packets
 * from other hosts), how broadcasts travel, the protocols a node announces in priority order,
 * and the folder for Unix domain sockets.
 *
 * @param socketDir where Unix domain sockets are made; null for a fresh temporary folder
 */
public record NetworkSettings(InetSocketAddress group, int remote, Broadcasts broadcasts, List<Protocol> protocols,
        Path socketDir) {

    /** The group of the Tcl package: 230.230.230.230. */
    public static final String DEFAULT_GROUP = "230.230.230.230";
    public static final int DEFAULT_PORT = 23000;

    /** How broadcasts (beacons, probes, goodbyes) travel. */
    public enum Broadcasts {
        /** UDP multicast to the group, as the Tcl package does: the real thing, for nodes anywhere on the host or LAN. */
        MULTICAST,
        /**
         * UDP datagrams to each node of one process on 127.0.0.1, one copy per node. For in-process
         * clusters where multicast is not routed (loopback without a multicast route, which only a
         * private network namespace has); never leaves the loopback interface.
         */
        LOOPBACK
    }

    public NetworkSettings {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(broadcasts, "broadcasts");
        if (!group.getAddress().isMulticastAddress()) {
            throw new IllegalArgumentException(group.getAddress().getHostAddress() + " is not a multicast group address");
        }
        if (remote < 0 || remote > 255) {
            throw new IllegalArgumentException("remote (the multicast TTL) must be in 0..255, got " + remote);
        }
        List<Protocol> ordered = new ArrayList<>();
        for (Protocol protocol : protocols) {
            if (!ordered.contains(protocol) && protocol != Protocol.MULTICAST) {
                ordered.add(protocol);
            }
        }
        ordered.add(Protocol.MULTICAST); // `c` is always there, and last (BPACKET.md)
        protocols = List.copyOf(ordered);
    }

    /** Multicast on 230.230.230.230:23000, TTL 0, protocols {@code t u c}, sockets in a temporary folder. */
    public static NetworkSettings defaults() {
        return new NetworkSettings(new InetSocketAddress(groupAddress(DEFAULT_GROUP), DEFAULT_PORT), 0,
                Broadcasts.MULTICAST, List.of(Protocol.TCP, Protocol.UNIX, Protocol.MULTICAST), null);
    }

    /** The same, with broadcasts as loopback datagrams to the nodes of this process. */
    public static NetworkSettings loopback() {
        return defaults().withBroadcasts(Broadcasts.LOOPBACK);
    }

    /**
     * Reads {@code ADDRESS:PORT} or {@code ADDRESS} (port 23000), e.g. {@code 230.230.230.230:23000};
     * throws with a one-line reason otherwise.
     */
    public static InetSocketAddress parseGroup(String text) {
        String trimmed = text.trim();
        int colon = trimmed.lastIndexOf(':');
        String host = colon < 0 ? trimmed : trimmed.substring(0, colon);
        int port = DEFAULT_PORT;
        if (colon >= 0) {
            try {
                port = Integer.parseInt(trimmed.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "': the port after ':' is not a number");
            }
            if (port <= 0 || port > 65_535) {
                throw new IllegalArgumentException("'" + text + "': the port must be in 1..65535");
            }
        }
        if (!host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new IllegalArgumentException("'" + text + "': expected an IPv4 multicast address such as "
                    + DEFAULT_GROUP + ":" + DEFAULT_PORT);
        }
        InetAddress address = groupAddress(host);
        if (!address.isMulticastAddress()) {
            throw new IllegalArgumentException("'" + text + "': " + host + " is not a multicast address (224.0.0.0 to 239.255.255.255)");
        }
        return new InetSocketAddress(address, port);
    }

    private static InetAddress groupAddress(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal: no name lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + literal + "' is not an address");
        }
    }

    /** Where a node listens: only the loopback interface unless remote asks for more. */
    public InetAddress bindAddress() {
        return remote == 0 ? InetAddress.getLoopbackAddress() : anyLocal();
    }

    private static InetAddress anyLocal() {
        return new InetSocketAddress(0).getAddress();
    }

    public NetworkSettings withGroup(InetSocketAddress next) {
        return new NetworkSettings(next, remote, broadcasts, protocols, socketDir);
    }

    public NetworkSettings withRemote(int next) {
        return new NetworkSettings(group, next, broadcasts, protocols, socketDir);
    }

    public NetworkSettings withBroadcasts(Broadcasts next) {
        return new NetworkSettings(group, remote, next, protocols, socketDir);
    }

    public NetworkSettings withProtocols(List<Protocol> next) {
        return new NetworkSettings(group, remote, broadcasts, next, socketDir);
    }

    public NetworkSettings withSocketDir(Path next) {
        return new NetworkSettings(group, remote, broadcasts, protocols, next);
    }
}
