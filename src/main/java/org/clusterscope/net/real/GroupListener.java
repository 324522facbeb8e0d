package org.clusterscope.net.real;

import java.io.IOException;
import java.net.InetAddress;
import java.util.function.BiConsumer;

/**
 * Listens to the multicast group without joining the cluster: it sends nothing, and hands every
 * datagram (one packet each) to {@code packets} with its source address, on a thread of its own.
 * With {@code remote} 0, datagrams from other hosts are left out, as a node would drop them.
 */
public final class GroupListener implements AutoCloseable {

    private final MulticastLink link;

    private GroupListener(MulticastLink link) {
        this.link = link;
    }

    public static GroupListener open(NetworkSettings settings, BiConsumer<byte[], InetAddress> packets)
            throws IOException {
        MulticastLink link = MulticastLink.open(settings);
        link.start("observe-udp", (bytes, via, source, connection) -> {
            if (settings.remote() > 0 || source == null || LocalAddresses.isLocal(source)) {
                packets.accept(bytes, source);
            }
        });
        return new GroupListener(link);
    }

    @Override
    public void close() {
        link.close();
    }
}
