package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.protocol.message.Beacon;
import org.clusterscope.protocol.message.Goodbye;
import org.clusterscope.protocol.message.NodeCard;
import org.clusterscope.protocol.message.Probe;
import org.clusterscope.wire.BpacketCodec;
import org.junit.jupiter.api.Test;

/**
 * What {@code observe} makes of the packets it hears, fed here by hand: members appear with
 * their tags, votes and roles, change, leave by goodbye or by silence; a malformed packet is
 * counted and told, and the next packet is read as usual.
 */
class ClusterObserverTest {

    private static final long SECOND = 1_000_000;
    private static final InetAddress LOCAL = InetAddress.getLoopbackAddress();

    private final List<String> lines = new ArrayList<>();
    private final ClusterObserver observer = new ClusterObserver(lines::add, 3 * SECOND);
    private final BpacketCodec codec = new BpacketCodec();

    private static NodeCard card(NodeState state, String vote, long seq, String... tags) {
        return new NodeCard(NodeId.of("n1"), 8081, 5 * SECOND, 5 * SECOND, seq, state, List.of(tags), NodeId.of(vote));
    }

    @Test
    void membersAppearChangeAndLeave() {
        observer.packet(codec.encode(new Probe(card(NodeState.JOINING, "n1", 1, "db"))), LOCAL, 10 * SECOND);
        observer.packet(codec.encode(new Beacon(card(NodeState.MASTER, "n1", 2, "db", "eu"))), LOCAL, 11 * SECOND);
        observer.packet(codec.encode(new Goodbye(NodeId.of("n1"), 5 * SECOND, 3, "quit")), LOCAL, 12 * SECOND);

        assertThat(lines).containsExactly(
                "n1 appears: port 8081, joining, votes n1, tags db",
                "n1 is now MASTER",
                "n1 tags are now db,eu",
                "n1 leaves: goodbye (quit)");
        assertThat(observer.members()).isEmpty();
    }

    @Test
    void aTclMemberAppearsWithItsTagsAndASilentMemberIsLost() {
        // a real beacon of a Tcl member (BPACKET.md vectors, record 1)
        observer.packet(HexFormat.of().parseHex("c08d4704085233304732333636031130303a30303a30303a30303a30303a3030"
                + "010102000702017401630a0e74207b706f72742034363236357d05000c010b736572766963655f6f6e650000"), LOCAL,
                10 * SECOND);
        observer.tick(12 * SECOND);
        // wall time as a real scheduler gives it, to the microsecond: said to the millisecond
        observer.tick(14 * SECOND + 150_936);

        assertThat(lines).containsExactly("R30G2366 appears: a Tcl member, tags service_one",
                "R30G2366 is lost: silent for 4.151s");
    }

    @Test
    void aMalformedPacketIsCountedAndTheNextIsReadAsUsual() {
        // well framed, but its body names field 99, which the template does not have
        observer.packet(new byte[] {(byte) 0xC0, (byte) 0x8D, 0x02, 0x63, 0x00, 0x00, 0x00}, LOCAL, SECOND);
        observer.packet(new byte[] {1, 2, 3}, LOCAL, SECOND);
        observer.packet(codec.encode(new Beacon(card(NodeState.SLAVE, "n2", 1))), LOCAL, 2 * SECOND);

        assertThat(observer.malformed()).isEqualTo(2);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("malformed packet from 127.0.0.1: ").endsWith("(1 so far)");
        assertThat(lines.get(1)).endsWith("(2 so far)");
        assertThat(lines.get(2)).isEqualTo("n1 appears: port 8081, slave, votes n2, tags none");
    }
}
