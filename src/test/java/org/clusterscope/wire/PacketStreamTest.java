package org.clusterscope.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A TCP stream cut into packets however the reads fall (BPACKET.md "Packet framing"). */
class PacketStreamTest {

    private static List<byte[]> packets() {
        List<byte[]> packets = new ArrayList<>();
        for (Vectors.Vector vector : Vectors.all()) {
            packets.add(vector.packet());
        }
        BpacketCodec codec = new BpacketCodec();
        Messages.all().forEach(m -> packets.add(codec.encode(m)));
        return packets;
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Test
    void aPacketSplitAtEveryOffsetComesOutWholeOnce() {
        for (byte[] packet : packets()) {
            for (int cut = 0; cut <= packet.length; cut++) {
                PacketStream stream = new PacketStream();
                List<byte[]> out = new ArrayList<>(stream.feed(packet, 0, cut));
                out.addAll(stream.feed(packet, cut, packet.length - cut));
                assertThat(out).as("cut at %d", cut).hasSize(1);
                assertThat(out.get(0)).isEqualTo(packet);
                assertThat(stream.buffered()).isZero();
                assertThat(stream.counters().garbageBytes()).isZero();
            }
        }
    }

    @Test
    void packetsBackToBackFedByteByByteOrAllAtOnceComeOutInOrder() {
        List<byte[]> packets = packets();
        byte[] stream = concat(packets);

        List<byte[]> whole = new PacketStream().feed(stream, 0, stream.length);
        PacketStream bytewise = new PacketStream();
        List<byte[]> byByte = new ArrayList<>();
        for (int i = 0; i < stream.length; i++) {
            byByte.addAll(bytewise.feed(stream, i, 1));
        }

        assertThat(whole).containsExactlyElementsOf(packets);
        assertThat(byByte).containsExactlyElementsOf(packets);
    }

    @Test
    void garbageBeforeAndBetweenPacketsIsDroppedAndCounted() {
        byte[] a = Vectors.number(1).packet();
        byte[] b = Vectors.number(12).packet();
        byte[] garbage = {1, 2, (byte) 0xC0, 0x00, (byte) 0x8D, 7};
        byte[] stream = concat(List.of(garbage, a, garbage, b, garbage));

        for (int chunk = 1; chunk <= stream.length; chunk++) {
            PacketStream reader = new PacketStream();
            List<byte[]> out = new ArrayList<>();
            for (int i = 0; i < stream.length; i += chunk) {
                out.addAll(reader.feed(stream, i, Math.min(chunk, stream.length - i)));
            }
            assertThat(out).as("chunks of %d", chunk).containsExactly(a, b);
            assertThat(reader.counters().garbageBytes()).isEqualTo(3L * garbage.length);
        }
    }

    @Test
    void aBadTrailerDropsThatPacketAndTheReaderFindsTheNext() {
        byte[] bad = Vectors.number(5).packet().clone();
        bad[bad.length - 1] = 0x55;
        byte[] good = Vectors.number(6).packet();

        PacketStream reader = new PacketStream();
        List<byte[]> out = reader.feed(concat(List.of(bad, good)));

        assertThat(out).containsExactly(good);
        assertThat(reader.counters().badTrailers()).isEqualTo(1);
    }

    @Test
    void aHugeDeclaredLengthIsRefusedAtOnceWithoutWaitingOrGrowing() {
        // C0 8D, then 2^40 as a varint, then a real packet
        byte[] liar = {(byte) 0xC0, (byte) 0x8D, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x20};
        byte[] good = Vectors.number(9).packet();
        PacketStream reader = new PacketStream(1024, new WireCounters());

        List<byte[]> out = reader.feed(concat(List.of(liar, good)));

        assertThat(out).containsExactly(good);
        assertThat(reader.counters().oversized()).isEqualTo(1);
        assertThat(reader.buffered()).isZero();
    }

    @Test
    void theBufferNeverHoldsMoreThanItsBound() {
        byte[] big = new byte[100_000];
        Arrays.fill(big, (byte) 0xC0); // could each be the start of a header: the worst case
        PacketStream reader = new PacketStream(512, new WireCounters());

        assertThat(reader.feed(big)).isEmpty();
        assertThat(reader.buffered()).isLessThanOrEqualTo(1);
        byte[] good = Vectors.number(9).packet();
        assertThat(reader.feed(good)).hasSize(1);
    }

    @Test
    void aPacketLongerThanTheBoundIsDroppedAndTheNextOneRead() {
        byte[] longOne = new BpacketCodec().encode(new org.clusterscope.protocol.message.Query(Messages.id("n1"), 1, 2, 3,
                "x".repeat(2_000)));
        byte[] good = Vectors.number(9).packet();
        PacketStream reader = new PacketStream(1024, new WireCounters());

        List<byte[]> out = new ArrayList<>();
        byte[] stream = concat(List.of(longOne, good));
        for (int i = 0; i < stream.length; i += 300) {
            out.addAll(reader.feed(stream, i, Math.min(300, stream.length - i)));
        }

        assertThat(out).containsExactly(good);
        assertThat(reader.counters().oversized()).isEqualTo(1);
    }

    @Test
    void aLongPacketWithinTheBoundArrivesWholeAcrossManyReads() {
        byte[] answer = new BpacketCodec().encode(new org.clusterscope.protocol.message.Reply(Messages.id("n1"), 1, 2, 3,
                "y".repeat(100_000)));
        byte[] good = Vectors.number(9).packet();
        byte[] stream = concat(List.of(answer, good));
        PacketStream reader = new PacketStream();

        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < stream.length; i += 1460) { // one TCP segment at a time
            out.addAll(reader.feed(stream, i, Math.min(1460, stream.length - i)));
        }

        assertThat(out).containsExactly(answer, good);
    }
}
