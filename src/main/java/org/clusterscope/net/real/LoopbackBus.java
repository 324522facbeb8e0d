package org.clusterscope.net.real;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The broadcast medium of an in-process cluster when multicast is not routed: each open node
 * registers the loopback datagram port it listens on, and a broadcast is one datagram to each
 * other node ({@link NetworkSettings.Broadcasts#LOOPBACK}). Nothing leaves 127.0.0.1.
 */
public final class LoopbackBus {

    private final Map<String, InetSocketAddress> members = new ConcurrentHashMap<>();

    void join(String sid, InetSocketAddress at) {
        members.put(sid, at);
    }

    void leave(String sid, InetSocketAddress at) {
        members.remove(sid, at);
    }

    /** Where {@code sid} listens, or null when it is not open. */
    InetSocketAddress of(String sid) {
        return members.get(sid);
    }

    /** Every open node but {@code sid}. */
    List<InetSocketAddress> others(String sid) {
        List<InetSocketAddress> result = new ArrayList<>();
        members.forEach((each, at) -> {
            if (!each.equals(sid)) {
                result.add(at);
            }
        });
        return result;
    }
}
