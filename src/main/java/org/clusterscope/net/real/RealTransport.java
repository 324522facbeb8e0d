package org.clusterscope.net.real;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.MalformedPacketException;
import org.clusterscope.net.Message;
import org.clusterscope.net.Receiver;
import org.clusterscope.net.Transport;

/**
 * A node's network on real sockets (BPACKET.md "Transports"). Broadcasts (beacons, probes,
 * goodbyes) are datagrams to the multicast group, or to each node of the process on loopback
 * ({@link NetworkSettings.Broadcasts}); a message to one node goes by the protocols that node
 * announced, in its order: TCP to its port, a Unix domain socket at its path (same host only),
 * and last a datagram whose filter names it. A protocol that fails hands the message to the next.
 *
 * <p>What a node needs to reach a peer (address, protocols, port, path) is learned from the
 * peer's packets, so {@link #send} to a peer never heard from returns false at once, which is
 * what starts the self-healing ping of PROTOCOL.md §2.
 *
 * <p>Threads: socket threads read and decode; the node's {@link NodeLoop} runs the receiver, so
 * the node sees one envelope at a time; a sender thread does the blocking connects and writes,
 * so {@link #send} never blocks the node. Broadcasts are sent at once from the caller's thread,
 * so a goodbye is on the wire before {@link #close} returns.
 */
public final class RealTransport implements Transport {

    private static final AtomicLong PACKETS = new AtomicLong();
    private static final int CONNECT_TIMEOUT_MS = 2_000;
    /** Returned by a protocol that does not apply to a peer (no port known, another host): not a failure. */
    private static final String SKIPPED = "";

    private final NodeId self;
    private final String sid;
    private final String hid;
    private final NetworkSettings settings;
    private final PacketFormat format;
    private final NodeLoop loop;
    private final TransportListener listener;
    private final LoopbackBus bus;
    private final ContactBook contacts = new ContactBook();
    private final Set<Protocol> blocked = ConcurrentHashMap.newKeySet();
    private final AtomicLong malformed = new AtomicLong();
    private final Map<Protocol, AtomicLong> carried = new EnumMap<>(Protocol.class);
    private final Path unixPath;
    private volatile PacketGate gate = PacketGate.OPEN;
    private volatile java.util.function.Function<NodeId, Refusal> reach = to -> null;
    private volatile PacketShaper shaper = PacketShaper.NONE;
    private volatile int tcpPort;
    private volatile Life life;

    /**
     * @param hid       this host's id ({@link HostId#local()})
     * @param tcpPort   the TCP port wanted; a busy one is replaced by a free one, and the listener
     *                  is told; 0 for any free port
     * @param bus       the loopback medium of this process, for {@link NetworkSettings.Broadcasts#LOOPBACK}; else null
     */
    public RealTransport(NodeId self, String hid, int tcpPort, NetworkSettings settings, PacketFormat format,
            NodeLoop loop, TransportListener listener, LoopbackBus bus) {
        this.self = Objects.requireNonNull(self, "self");
        this.sid = self.value();
        this.hid = Objects.requireNonNull(hid, "hid");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.format = Objects.requireNonNull(format, "format");
        this.loop = Objects.requireNonNull(loop, "loop");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (settings.broadcasts() == NetworkSettings.Broadcasts.LOOPBACK) {
            Objects.requireNonNull(bus, "loopback broadcasts need a bus");
        }
        this.bus = bus;
        for (Protocol protocol : Protocol.values()) {
            carried.put(protocol, new AtomicLong());
        }
        this.tcpPort = settings.protocols().contains(Protocol.TCP) ? choosePort(tcpPort) : 0;
        this.unixPath = settings.protocols().contains(Protocol.UNIX) ? SocketFolder.pathFor(settings.socketDir(), sid)
                : null;
    }

    /** The wanted port if it is free now, else a free one (said so). */
    private int choosePort(int wanted) {
        try {
            StreamServer probe = StreamServer.tcp(settings.bindAddress(), wanted);
            int port = probe.port();
            probe.close();
            return port;
        } catch (IOException busy) {
            try {
                StreamServer probe = StreamServer.tcp(settings.bindAddress(), 0);
                int port = probe.port();
                probe.close();
                listener.notice(self, "port " + wanted + " is busy; " + self + " listens on port " + port + " instead");
                return port;
            } catch (IOException e) {
                listener.notice(self, "no TCP port to listen on (" + e.getMessage() + ")");
                return wanted;
            }
        }
    }

    /**
     * Whether a node could read the multicast group with these settings: null if so, else why
     * not in one line (another program holds the port without {@code SO_REUSEPORT}, no
     * interface joins the group). Loopback broadcasts need no check.
     */
    public static String checkMulticast(NetworkSettings settings) {
        if (settings.broadcasts() != NetworkSettings.Broadcasts.MULTICAST) {
            return null;
        }
        try {
            MulticastLink.open(settings).close();
            return null;
        } catch (IOException e) {
            return "cannot read multicast " + settings.group().getAddress().getHostAddress() + ":"
                    + settings.group().getPort() + " (" + describe(e) + ")";
        }
    }

    // ---- identity and looking ------------------------------------------------------------------

    @Override
    public NodeId self() {
        return self;
    }

    public String hid() {
        return hid;
    }

    /** The TCP port this node listens on and announces (0 when it does not speak TCP). */
    public int tcpPort() {
        return tcpPort;
    }

    /** Where its Unix domain socket is, or null. */
    public Path unixPath() {
        return unixPath;
    }

    public NetworkSettings settings() {
        return settings;
    }

    /** Packets that could not be read, since this transport was made. */
    public long malformed() {
        return malformed.get();
    }

    /** Messages to one node that {@code protocol} carried, since this transport was made. */
    public long carried(Protocol protocol) {
        return carried.get(protocol).get();
    }

    /** How this node reaches {@code peer}, or null when it has not heard from it. */
    public Contact contact(NodeId peer) {
        return contacts.get(peer.value());
    }

    /** The stream protocols this node holds an open connection to {@code peer} by, now. */
    public Set<Protocol> connectedBy(NodeId peer) {
        Set<Protocol> result = EnumSet.noneOf(Protocol.class);
        Life current = life;
        if (current != null) {
            for (Protocol protocol : List.of(Protocol.TCP, Protocol.UNIX)) {
                Connection connection = current.bySid.get(key(peer.value(), protocol));
                if (connection != null && connection.isOpen()) {
                    result.add(protocol);
                }
            }
        }
        return result;
    }

    /** Sets the delaying, dropping layer every admitted packet passes (a link's latency, jitter and loss). */
    public void shaper(PacketShaper next) {
        shaper = Objects.requireNonNull(next, "shaper");
    }

    /**
     * Sets what a message to one node asks first: null when a path leads to that node, else why
     * none does (it is stopped, cut off); the message is then dropped at once and {@link #send}
     * returns false, as a host without a route fails a connect at once.
     */
    public void reach(java.util.function.Function<NodeId, Refusal> next) {
        reach = Objects.requireNonNull(next, "reach");
    }

    /** Sets the gate every arriving packet passes (partitions, links, private mode, the hop limit of broadcasts). */
    public void gate(PacketGate next) {
        gate = Objects.requireNonNull(next, "gate");
    }

    // ---- life -----------------------------------------------------------------------------------

    @Override
    public synchronized void open(Receiver receiver) {
        Objects.requireNonNull(receiver, "receiver");
        if (life != null) {
            return;
        }
        contacts.clear();
        Life next = new Life(receiver);
        next.openDatagrams();
        for (Protocol protocol : List.of(Protocol.TCP, Protocol.UNIX)) {
            if (settings.protocols().contains(protocol) && !blocked.contains(protocol)) {
                next.listen(protocol);
            }
        }
        life = next;
    }

    @Override
    public synchronized void close() {
        Life ending = life;
        if (ending == null) {
            return;
        }
        life = null;
        ending.close();
    }

    @Override
    public boolean isOpen() {
        return life != null;
    }

    /**
     * Stops speaking a stream protocol (TCP or Unix), as if it broke on this node: the listener
     * closes, its connections drop, and the node opens none of its own. Peers still see it
     * announced; their attempts fail and they fall back to the next protocol (BPACKET.md
     * "Transports"). Multicast, the protocol of last resort, cannot be blocked.
     */
    public synchronized void block(Protocol protocol) {
        if (protocol == Protocol.MULTICAST) {
            throw new IllegalArgumentException("multicast is the protocol of last resort; block tcp or unix");
        }
        if (blocked.add(protocol) && life != null) {
            life.stopListening(protocol);
        }
    }

    /** Listens on a blocked protocol again. */
    public synchronized void unblock(Protocol protocol) {
        if (blocked.remove(protocol) && life != null && settings.protocols().contains(protocol)) {
            life.listen(protocol);
        }
    }

    // ---- sending --------------------------------------------------------------------------------

    @Override
    public boolean send(NodeId to, Message message) {
        Life current = life;
        if (current == null) {
            return false;
        }
        if (contacts.get(to.value()) == null) {
            return false; // never heard from: no address to send to
        }
        Refusal unreachable = reach.apply(to);
        if (unreachable != null) {
            listener.dropped(PACKETS.incrementAndGet(), message.kind(), self, to, unreachable);
            return false;
        }
        byte[] bytes = format.encode(message, header(List.of(to.value())));
        long packet = PACKETS.incrementAndGet();
        return current.queue(() -> current.deliver(to, bytes, packet, message.kind()));
    }

    @Override
    public void broadcast(Message message, int hopLimit) {
        Life current = life;
        if (current == null || hopLimit <= 0 || current.datagrams == null) {
            return; // hop limit 0 reaches nobody else, as Tcl's -remote 0 reaches no other host
        }
        long packet = PACKETS.incrementAndGet();
        try {
            current.datagrams.broadcast(format.encode(message, header(List.of())));
            listener.sent(packet, message.kind(), self, null, Protocol.MULTICAST);
        } catch (IOException e) {
            listener.dropped(packet, message.kind(), self, null, Refusal.UNDELIVERABLE);
        }
    }

    /** This node's header: who it is, how to reach it, and whom the packet is for. */
    private PacketHeader header(List<String> filter) {
        List<String> letters = new ArrayList<>();
        Map<String, Map<String, String>> props = new LinkedHashMap<>();
        for (Protocol protocol : settings.protocols()) {
            letters.add(protocol.letter());
            if (protocol == Protocol.TCP) {
                props.put(protocol.letter(), Map.of("port", Integer.toString(tcpPort)));
            } else if (protocol == Protocol.UNIX) {
                props.put(protocol.letter(), Map.of("path", unixPath.toString()));
            }
        }
        return new PacketHeader(sid, hid, letters, props, filter);
    }

    // ---- one life of the node's sockets -----------------------------------------------------------

    /** The sockets and threads of one open period; a restart makes a new one, so late packets of the old one are told apart. */
    private final class Life {

        private final Receiver receiver;
        private final ExecutorService sender;
        private final Map<String, Connection> bySid = new ConcurrentHashMap<>();
        private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
        private final Map<Protocol, StreamServer> servers = new EnumMap<>(Protocol.class);
        private DatagramLink datagrams;
        private volatile boolean open = true;
        private volatile boolean namesakeTold;

        Life(Receiver receiver) {
            this.receiver = receiver;
            this.sender = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, sid + "-send");
                thread.setDaemon(true);
                return thread;
            });
        }

        void openDatagrams() {
            try {
                datagrams = settings.broadcasts() == NetworkSettings.Broadcasts.MULTICAST
                        ? MulticastLink.open(settings) : LoopbackLink.open(bus, sid);
                datagrams.start(sid + "-udp", this::packet);
            } catch (IOException e) {
                listener.notice(self, "cannot read " + describeGroup() + " (" + e.getMessage()
                        + "); " + self + " hears no broadcasts");
            }
        }

        private String describeGroup() {
            return settings.broadcasts() == NetworkSettings.Broadcasts.MULTICAST
                    ? "multicast " + settings.group().getAddress().getHostAddress() + ":" + settings.group().getPort()
                    : "loopback datagrams";
        }

        void listen(Protocol protocol) {
            try {
                StreamServer server;
                if (protocol == Protocol.TCP) {
                    server = listenTcp();
                } else {
                    Files.createDirectories(unixPath.getParent());
                    server = StreamServer.unix(unixPath);
                }
                servers.put(protocol, server);
                server.start(sid + "-" + protocol.letter() + "-accept", channel -> accepted(channel, protocol));
            } catch (IOException e) {
                listener.notice(self, "cannot listen by " + protocol.label() + " (" + e.getMessage() + ")");
            }
        }

        private StreamServer listenTcp() throws IOException {
            try {
                return StreamServer.tcp(settings.bindAddress(), tcpPort);
            } catch (BindException busy) {
                StreamServer server = StreamServer.tcp(settings.bindAddress(), 0);
                listener.notice(self, "port " + tcpPort + " is busy; " + self + " listens on port " + server.port()
                        + " instead");
                tcpPort = server.port();
                return server;
            }
        }

        void stopListening(Protocol protocol) {
            StreamServer server = servers.remove(protocol);
            if (server != null) {
                server.close();
            }
            for (Connection connection : connections) {
                if (connection.protocol() == protocol) {
                    connection.close();
                }
            }
        }

        private void accepted(java.nio.channels.SocketChannel channel, Protocol protocol) {
            try {
                if (!open) {
                    channel.close();
                    return;
                }
                Connection connection = new Connection(channel, protocol, format.splitter(), this::packet,
                        this::forget, null);
                connections.add(connection);
                connection.start(sid + "-" + protocol.letter() + "-in");
            } catch (IOException e) {
                // the peer went away before the connection could be read
            }
        }

        private void forget(Connection connection) {
            connections.remove(connection);
            String peer = connection.peer();
            if (peer != null) {
                bySid.remove(key(peer, connection.protocol()), connection);
            }
        }

        /** Queues work on the sender thread; false once this life is over. */
        boolean queue(Runnable work) {
            try {
                sender.execute(work);
                return true;
            } catch (RejectedExecutionException closed) {
                return false;
            }
        }

        /** On the sender thread: tries the peer's protocols in its order until one carries the packet. */
        void deliver(NodeId to, byte[] bytes, long packet, String kind) {
            if (!open) {
                listener.dropped(packet, kind, self, to, Refusal.CLOSED);
                return;
            }
            Contact contact = contacts.get(to.value());
            if (contact != null) {
                // a peer heard only by packets that list no protocols (a vote) is reached by datagram, the protocol all speak
                List<String> letters = contact.protocols().isEmpty() ? List.of(Protocol.MULTICAST.letter())
                        : contact.protocols();
                for (String letter : letters) {
                    Protocol protocol = Protocol.ofLetter(letter);
                    if (protocol == null || !settings.protocols().contains(protocol) || blocked.contains(protocol)) {
                        continue; // one of the peer's protocols this node does not speak, or not now
                    }
                    String failure = attempt(protocol, contact, bytes);
                    if (failure == null) {
                        carried.get(protocol).incrementAndGet();
                        listener.sent(packet, kind, self, to, protocol);
                        return;
                    }
                    if (!failure.equals(SKIPPED)) {
                        listener.fellBack(self, to, protocol, failure);
                    }
                }
            }
            listener.dropped(packet, kind, self, to, Refusal.UNDELIVERABLE);
        }

        /** Null when {@code protocol} carried the packet, {@link #SKIPPED} when it does not apply, else why it failed. */
        private String attempt(Protocol protocol, Contact contact, byte[] bytes) {
            if (protocol == Protocol.MULTICAST) {
                if (datagrams == null) {
                    return "no datagram socket";
                }
                try {
                    datagrams.sendTo(contact, bytes);
                    return null;
                } catch (IOException e) {
                    return describe(e);
                }
            }
            if (protocol == Protocol.TCP && contact.tcpPort() == null) {
                return SKIPPED;
            }
            if (protocol == Protocol.UNIX && (contact.unixPath() == null || !hid.equals(contact.hid()))) {
                return SKIPPED; // a Unix socket path means something on its own host only
            }
            Connection open = bySid.get(key(contact.sid(), protocol));
            if (open != null && open.isOpen()) {
                try {
                    open.write(bytes);
                    return null;
                } catch (IOException e) {
                    open.close(); // a stale connection: try a fresh one
                }
            }
            try {
                Connection fresh = connect(protocol, contact);
                fresh.write(bytes);
                return null;
            } catch (IOException e) {
                return describe(e);
            }
        }

        private Connection connect(Protocol protocol, Contact contact) throws IOException {
            SocketChannel channel;
            if (protocol == Protocol.TCP) {
                channel = SocketChannel.open(StandardProtocolFamily.INET);
                try {
                    channel.socket().connect(new InetSocketAddress(contact.address(), contact.tcpPort()),
                            CONNECT_TIMEOUT_MS);
                } catch (IOException e) {
                    channel.close();
                    throw e;
                }
            } else {
                channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                try {
                    channel.connect(UnixDomainSocketAddress.of(contact.unixPath()));
                } catch (IOException e) {
                    channel.close();
                    throw e;
                }
            }
            Connection connection = new Connection(channel, protocol, format.splitter(), this::packet, this::forget,
                    contact.sid());
            connections.add(connection);
            Connection previous = bySid.put(key(contact.sid(), protocol), connection);
            if (previous != null && previous != connection) {
                previous.close();
            }
            connection.start(sid + "-" + protocol.letter() + "-out");
            if (!open) {
                connection.close();
            }
            return connection;
        }

        /** On a socket thread: one packet read. Decodes it, checks it, and hands it to the node's thread. */
        void packet(byte[] bytes, Protocol via, InetAddress source, Connection connection) {
            if (!open) {
                return;
            }
            try {
                read(bytes, via, source, connection);
            } catch (RuntimeException e) {
                // a bug must not make the node deaf: this packet is dropped, and the user told
                listener.notice(self, self + " dropped a packet it could not handle (" + e + ")");
            }
        }

        private void read(byte[] bytes, Protocol via, InetAddress source, Connection connection) {
            PacketFormat.Decoded decoded;
            try {
                decoded = format.decode(bytes);
            } catch (MalformedPacketException | RuntimeException e) {
                malformed.incrementAndGet();
                listener.malformed(self, via.label() + (source == null ? "" : " from " + source.getHostAddress()),
                        e.getMessage());
                return;
            }
            PacketHeader header = decoded.header();
            if (header.sid().equals(sid)) {
                namesake(header);
                return; // its own broadcast looping back
            }
            if (!header.names(sid, hid)) {
                return; // a packet filtered for someone else (BPACKET.md)
            }
            Message message = decoded.message();
            String kind = message == null ? "foreign" : message.kind();
            long packet = PACKETS.incrementAndGet();
            NodeId from;
            try {
                from = NodeId.of(header.sid());
            } catch (IllegalArgumentException e) {
                malformed.incrementAndGet();
                listener.malformed(self, via.label(), "a blank sid");
                return;
            }
            if (settings.remote() == 0 && source != null && !LocalAddresses.isLocal(source)) {
                listener.dropped(packet, kind, self, from, Refusal.NOT_LOCAL);
                return;
            }
            Refusal refusal = gate.admit(from, header.filter().isEmpty());
            if (refusal != null) {
                listener.dropped(packet, kind, self, from, refusal);
                return;
            }
            contacts.heard(header, source == null ? InetAddress.getLoopbackAddress() : source,
                    via == Protocol.MULTICAST);
            if (connection != null && connection.peer() == null) {
                connection.peer(header.sid());
                bySid.merge(key(header.sid(), via), connection, (known, fresh) -> known.isOpen() ? known : fresh);
            }
            if (message == null) {
                return; // a packet the node has no use for (a Tcl member's flush or failure report): its sender is known now
            }
            NodeId to = header.filter().isEmpty() ? null : self;
            long delay = shaper.delayMicros(from);
            if (delay < 0) {
                listener.dropped(packet, message.kind(), self, from, Refusal.LOST);
                return;
            }
            Runnable deliver = () -> {
                if (life != this || !open) {
                    listener.dropped(packet, message.kind(), self, from, Refusal.CLOSED);
                    return;
                }
                listener.delivered(packet, message.kind(), from, self, via);
                receiver.receive(new org.clusterscope.net.Envelope(packet, from, to, 1, message));
            };
            if (delay == 0) {
                loop.execute(deliver);
            } else {
                loop.schedule(delay, deliver); // the node's own timer queue: order by due time, as a slow link would
            }
        }

        /**
         * A packet with this node's own name that announces another TCP port: a second node of
         * that name is on the group. Its packets read as this node's own, so say so, once.
         */
        private void namesake(PacketHeader header) {
            Map<String, String> tcp = header.props().get(Protocol.TCP.letter());
            String port = tcp == null ? null : tcp.get("port");
            if (port != null && !port.equals(Integer.toString(tcpPort)) && !namesakeTold) {
                namesakeTold = true;
                listener.notice(self, "another node on the group is named " + self + " too (TCP port " + port
                        + "); this node ignores its packets as its own: give each node its own --name");
            }
        }

        void close() {
            open = false;
            if (datagrams != null) {
                datagrams.close();
            }
            for (StreamServer server : servers.values()) {
                server.close();
            }
            servers.clear();
            queue(() -> connections.forEach(Connection::close));
            sender.shutdown();
        }
    }

    private static String key(String peer, Protocol protocol) {
        return protocol.letter() + ":" + peer;
    }

    private static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        String text = e.getMessage();
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    }
}
