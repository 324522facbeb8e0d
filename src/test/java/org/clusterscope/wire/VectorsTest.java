package org.clusterscope.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.Message;
import org.clusterscope.protocol.message.Beacon;
import org.clusterscope.protocol.message.Goodbye;
import org.clusterscope.protocol.message.Probe;
import org.clusterscope.protocol.message.Query;
import org.clusterscope.protocol.message.Reply;
import org.clusterscope.wire.Vectors.Vector;
import org.junit.jupiter.api.Test;

/** Every real packet of the Tcl package decodes to the fields its own decoder read, and back (BPACKET.md). */
class VectorsTest {

    @Test
    void thereAreThirtyThreeVectorsAndTheCopyMatchesTheSharedFile() throws Exception {
        assertThat(Vectors.all()).hasSize(33);
        if (Files.exists(Vectors.SHARED)) {
            assertThat(Vectors.text()).isEqualTo(Files.readString(Vectors.SHARED));
        }
    }

    @Test
    void everyVectorDecodesToTheListedFieldsInWireOrder() throws Exception {
        for (Vector vector : Vectors.all()) {
            Packet packet = Bpacket.decode(vector.packet());
            List<String> expected = List.of(vector.fields().split(";"));
            List<String> names = new ArrayList<>();
            for (int i = 0; i < expected.size(); i++) {
                String[] pair = expected.get(i).split("=", 2);
                names.add(pair[0]);
                Packet.Entry entry = packet.entries().get(i);
                assertThat(entry.field().wireName()).as("vector %d field %d", vector.number(), i).isEqualTo(pair[0]);
                assertThat(value(entry)).as("vector %d field %s", vector.number(), pair[0])
                        .isEqualTo(expectedValue(entry.field(), pair[1]));
            }
            assertThat(packet.entries()).as("vector %d", vector.number()).hasSize(names.size());
            assertThat(packet).hasToString(vector.fields());
        }
    }

    @Test
    void everyVectorReEncodesToTheSameBytes() throws Exception {
        for (Vector vector : Vectors.all()) {
            assertThat(Bpacket.encode(Bpacket.decode(vector.packet())))
                    .as("vector %d", vector.number()).isEqualTo(vector.packet());
        }
    }

    @Test
    void aTclMembersJoinDecodesToABeaconAndAProbeANodeCanProcess() throws Exception {
        BpacketCodec codec = new BpacketCodec();
        Message beacon = codec.decode(Vectors.number(1).packet());
        Message probe = codec.decode(Vectors.number(2).packet());

        assertThat(beacon).isInstanceOf(Beacon.class);
        assertThat(probe).isInstanceOf(Probe.class);
        var card = ((Beacon) beacon).card();
        assertThat(card.id()).isEqualTo(NodeId.of("R30G2366"));
        assertThat(card.tags()).containsExactly("service_one");
        assertThat(card.vote()).isEqualTo(card.id());
        // a Tcl member ranks last in any election: highest port, latest birth
        assertThat(card.port()).isEqualTo(BpacketCodec.FOREIGN_PORT);
        assertThat(card.birth()).isEqualTo(BpacketCodec.FOREIGN_BIRTH);
        // each packet is newer than the one before, or a node would ignore it as stale
        assertThat(((Probe) probe).card().seq()).isGreaterThan(card.seq());
        assertThat(codec.readPacket(Vectors.number(1).packet()).tcpPort()).hasValue(46265);
    }

    @Test
    void aPeriodicTclBeaconWithoutTagsKeepsTheTagsTheMemberAnnounced() throws Exception {
        BpacketCodec codec = new BpacketCodec();
        codec.decode(Vectors.number(1).packet()); // R30G2366 joins with tag service_one
        Beacon periodic = (Beacon) codec.decode(Vectors.number(5).packet());

        assertThat(periodic.card().tags()).containsExactly("service_one");
        assertThat(codec.readPacket(Vectors.number(5).packet()).tcpPort()).isEmpty();
    }

    @Test
    void tclQueriesRepliesAndDisconnectsDecodeToClusterScopeMessages() throws Exception {
        BpacketCodec codec = new BpacketCodec();
        Query query = (Query) codec.decode(Vectors.number(12).packet());
        Reply reply = (Reply) codec.decode(Vectors.number(13).packet());
        Goodbye goodbye = (Goodbye) codec.decode(Vectors.number(21).packet());

        assertThat(query.sender()).isEqualTo(NodeId.of("lz44d377"));
        assertThat(query.payload()).isEqualTo(" set ::var ");
        assertThat(reply.queryId()).isEqualTo(query.queryId());
        assertThat(reply.result()).isEqualTo("Hello,");
        assertThat(goodbye.sender()).isEqualTo(NodeId.of("lz44d377"));
        assertThat(codec.counters().decoded()).isEqualTo(3);
    }

    @Test
    void aReplyToATclQueryCarriesItsRuidBack() throws Exception {
        BpacketCodec codec = new BpacketCodec();
        Query query = (Query) codec.decode(Vectors.number(12).packet());

        byte[] answer = codec.encode(new Reply(NodeId.of("m3bza686"), 5, 9, query.queryId(), "World!"), query.sender());

        Packet packet = Bpacket.decode(answer);
        assertThat(packet.text(Field.RUID)).isEqualTo("ql4#7");
        assertThat(packet.list(Field.FILTER)).containsExactly("lz44d377");
        assertThat(packet.entries().get(0).field()).isEqualTo(Field.FILTER);
        assertThat(packet.text(Field.DATA)).isEqualTo("World!");
        assertThat(packet.sid()).isEqualTo("m3bza686");
        assertThat(packet.list(Field.PROTOCOLS)).contains("c");
    }

    private static Object value(Packet.Entry entry) {
        return entry.value() instanceof Boolean flag ? (flag ? 1L : 0L) : entry.value();
    }

    /** A value as the vectors file writes it: numbers, Tcl list elements (braced when they hold spaces). */
    private static Object expectedValue(Field field, String text) {
        return switch (field.kind()) {
            case VARINT, BOOLEAN -> Long.parseLong(text);
            case LIST -> TclList.parse(TclList.parse(text).get(0));
            default -> TclList.parse(text).get(0);
        };
    }
}
