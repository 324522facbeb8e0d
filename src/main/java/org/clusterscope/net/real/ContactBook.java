package org.clusterscope.net.real;

import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link Contact}s of one node's peers, filled by its receiving threads and read by its
 * sender.
 */
final class ContactBook {

    private final Map<String, Contact> contacts = new ConcurrentHashMap<>();

    Contact get(String sid) {
        return contacts.get(sid);
    }

    void clear() {
        contacts.clear();
    }

    /** Records what a packet from {@code header.sid()} says about how to reach it. */
    void heard(PacketHeader header, InetAddress from, boolean fromDatagram) {
        Map<String, String> tcp = header.props().get(Protocol.TCP.letter());
        Integer tcpPort = tcp == null ? null : portOf(tcp.get("port"));
        Map<String, String> unix = header.props().get(Protocol.UNIX.letter());
        String unixPath = unix == null ? null : unix.get("path");
        contacts.compute(header.sid(), (sid, known) -> known == null
                ? new Contact(sid, header.hid(), from, header.protocols(), tcpPort, unixPath)
                : known.heard(header.hid(), from, fromDatagram, header.protocols(), tcpPort, unixPath));
    }

    private static Integer portOf(String text) {
        if (text == null) {
            return null;
        }
        try {
            int port = Integer.parseInt(text);
            return port > 0 && port <= 65_535 ? port : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
