package org.clusterscope.net.real;

import java.net.InetAddress;
import java.util.List;

/**
 * How to reach one peer, as learned from its packets: its host id, the address its packets came
 * from, the protocols it announced in priority order, its TCP port and Unix socket path (null
 * while unknown), and its loopback datagram port in a {@link LoopbackBus} (0 if none).
 */
public record Contact(String sid, String hid, InetAddress address, List<String> protocols, Integer tcpPort,
        String unixPath) {

    public Contact {
        protocols = List.copyOf(protocols);
    }

    /**
     * This contact after one more packet from the peer: the address of a multicast packet, the
     * protocols it lists, and whatever properties it carries merged into the known ones (a Tcl
     * member sends its properties only at start and on change; BPACKET.md).
     */
    Contact heard(String nextHid, InetAddress from, boolean fromDatagram, List<String> nextProtocols,
            Integer nextPort, String nextPath) {
        return new Contact(sid, nextHid == null || nextHid.isEmpty() ? hid : nextHid,
                fromDatagram || address == null ? from : address,
                nextProtocols.isEmpty() ? protocols : nextProtocols,
                nextPort != null ? nextPort : tcpPort, nextPath != null ? nextPath : unixPath);
    }
}
