package org.clusterscope.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.core.SimTime;
import org.clusterscope.net.MalformedPacketException;
import org.clusterscope.net.Message;
import org.clusterscope.net.real.GroupListener;
import org.clusterscope.net.real.NetworkSettings;
import org.clusterscope.net.real.WallClock;
import org.clusterscope.protocol.message.Goodbye;
import org.clusterscope.protocol.message.MembershipMessage;
import org.clusterscope.protocol.message.NodeCard;
import org.clusterscope.wire.BpacketCodec;
import org.clusterscope.wire.Packet;

/**
 * What a listener on the multicast group learns of a real cluster without joining it: the
 * members it hears (ClusterScope nodes and Tcl members), their tags, votes and roles, and who
 * leaves, by goodbye or by silence. Each change is one line to {@code out}; a packet that cannot
 * be read is counted and told, never fatal.
 *
 * <p>Feed it with {@link #packet} from the listening thread and call {@link #tick} now and then
 * to find the silent; both are synchronized.
 */
public final class ClusterObserver {

    /** What the observer knows of one member. */
    public record Member(String id, boolean tcl, int port, NodeState state, NodeId vote, List<String> tags,
            long lastHeard) {
    }

    private final BpacketCodec codec = new BpacketCodec();
    private final Consumer<String> out;
    private final long ttlMicros;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private long malformed;

    /** @param ttlMicros how long a silent member is kept before it is told lost */
    public ClusterObserver(Consumer<String> out, long ttlMicros) {
        this.out = Objects.requireNonNull(out, "out");
        this.ttlMicros = ttlMicros;
    }

    /**
     * Listens to {@code group} until the returned handle is closed: every datagram goes to
     * {@link #packet}, and the silent are looked for four times a second. With {@code remote} 0
     * only this host's members are heard, as a node with {@code --remote 0} hears them.
     */
    public AutoCloseable listen(InetSocketAddress group, int remote) throws IOException {
        NetworkSettings settings = NetworkSettings.defaults().withGroup(group).withRemote(remote);
        WallClock clock = WallClock.system();
        GroupListener listener = GroupListener.open(settings, (bytes, source) -> packet(bytes, source, clock.nowMicros()));
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "observe-ttl");
            thread.setDaemon(true);
            return thread;
        });
        ticks.scheduleWithFixedDelay(() -> tick(clock.nowMicros()), 250, 250, TimeUnit.MILLISECONDS);
        return () -> {
            ticks.shutdownNow();
            listener.close();
        };
    }

    /** One datagram heard at {@code now} (epoch microseconds). */
    public synchronized void packet(byte[] bytes, InetAddress source, long now) {
        Message message;
        Packet packet;
        try {
            packet = codec.readPacket(bytes);
            message = codec.toMessage(packet);
        } catch (MalformedPacketException e) {
            malformed++;
            out.accept("malformed packet" + (source == null ? "" : " from " + source.getHostAddress()) + ": "
                    + e.getMessage() + " (" + malformed + " so far)");
            return;
        }
        String id = packet.sid();
        if (message instanceof MembershipMessage membership) {
            heard(membership.card(), now);
        } else if (message instanceof Goodbye goodbye) {
            Member gone = members.remove(id);
            if (gone != null) {
                out.accept(id + " leaves: goodbye" + (goodbye.reason() == null ? "" : " (" + goodbye.reason() + ")"));
            }
        } else {
            Member known = members.get(id);
            if (known != null) {
                members.put(id, new Member(known.id(), known.tcl(), known.port(), known.state(), known.vote(),
                        known.tags(), now));
            }
        }
    }

    private void heard(NodeCard card, long now) {
        String id = card.id().value();
        boolean tcl = card.port() == BpacketCodec.FOREIGN_PORT;
        Member before = members.get(id);
        Member after = new Member(id, tcl, card.port(), tcl ? null : card.state(), tcl ? null : card.vote(),
                card.tags(), now);
        members.put(id, after);
        if (before == null) {
            out.accept(id + " appears: " + (tcl ? "a Tcl member" : "port " + card.port() + ", " + card.state().jsonName()
                    + ", votes " + card.vote()) + ", tags " + tags(card.tags()));
            return;
        }
        if (!tcl && before.state() != after.state()) {
            out.accept(id + " is now " + (after.state() == NodeState.MASTER ? "MASTER" : after.state().jsonName()));
        }
        if (!tcl && !Objects.equals(before.vote(), after.vote())) {
            out.accept(id + " votes " + after.vote());
        }
        if (!before.tags().equals(after.tags())) {
            out.accept(id + " tags are now " + tags(after.tags()));
        }
    }

    /** Tells the members silent for longer than the time to live as lost, and forgets them. */
    public synchronized void tick(long now) {
        List<String> silent = new ArrayList<>();
        members.forEach((id, member) -> {
            if (now - member.lastHeard() > ttlMicros) {
                silent.add(id);
            }
        });
        for (String id : silent) {
            Member gone = members.remove(id);
            // wall time: the microseconds are the scheduler's noise, a person reads milliseconds
            out.accept(id + " is lost: silent for " + SimTime.formatMillis(now - gone.lastHeard()));
        }
    }

    /** The members heard and not lost, in the order they appeared. */
    public synchronized List<Member> members() {
        return List.copyOf(members.values());
    }

    public synchronized long malformed() {
        return malformed;
    }

    private static String tags(List<String> tags) {
        return tags.isEmpty() ? "none" : String.join(",", tags);
    }
}
