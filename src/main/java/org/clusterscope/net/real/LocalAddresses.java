package org.clusterscope.net.real;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an address belongs to this host: with {@code remote} 0 a node drops packets from
 * anywhere else (BPACKET.md "Transports"). Answers are remembered; addresses are few.
 */
final class LocalAddresses {

    private static final Map<InetAddress, Boolean> KNOWN = new ConcurrentHashMap<>();

    private LocalAddresses() {
    }

    static boolean isLocal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            return true;
        }
        return KNOWN.computeIfAbsent(address, LocalAddresses::lookUp);
    }

    private static boolean lookUp(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
        }
    }
}
