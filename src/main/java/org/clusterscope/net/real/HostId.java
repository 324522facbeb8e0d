package org.clusterscope.net.real;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The host id ({@code hid}, BPACKET.md): the host's MAC address, shared by every member on the
 * host. With {@code -remote 0} a Tcl member drops packets whose hid differs from its own, so this
 * picks the address the Tcl package picks: {@code eth0}'s, else the first other interface (by
 * name) with a non-zero address, else the loopback's {@code 00:00:00:00:00:00} (a private network
 * namespace with only {@code lo}).
 */
public final class HostId {

    public static final String NONE = "00:00:00:00:00:00";

    private HostId() {
    }

    /** This host's id. */
    public static String local() {
        try {
            List<NetworkInterface> interfaces = new ArrayList<>(Collections.list(NetworkInterface.getNetworkInterfaces()));
            interfaces.sort((a, b) -> a.getName().compareTo(b.getName()));
            for (NetworkInterface each : interfaces) {
                if (each.getName().equals("eth0")) {
                    String mac = mac(each);
                    if (mac != null) {
                        return mac;
                    }
                }
            }
            for (NetworkInterface each : interfaces) {
                if (!each.isLoopback()) {
                    String mac = mac(each);
                    if (mac != null) {
                        return mac;
                    }
                }
            }
        } catch (SocketException e) {
            // no interfaces to look at: the loopback's id
        }
        return NONE;
    }

    private static String mac(NetworkInterface each) throws SocketException {
        byte[] address = each.getHardwareAddress();
        if (address == null || address.length != 6) {
            return null;
        }
        String text = HexFormat.ofDelimiter(":").formatHex(address);
        return text.equals(NONE) ? null : text;
    }
}
