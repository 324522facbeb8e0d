package org.clusterscope.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.clusterscope.net.MalformedPacketException;
import org.clusterscope.net.Message;
import org.junit.jupiter.api.Test;

/**
 * Hostile bytes: 100,000 seeded random and mutated packets (mutations of the real Tcl packets and
 * of ClusterScope's own). Nothing but {@link MalformedPacketException} comes out of a decoder,
 * never one that hides a bug, and what decodes is exact: its bytes encode back the same. The
 * stream reader and the codec's tables stay within their bounds.
 */
class FuzzTest {

    private static final long SEED = 20_261_201L;
    private static final int PACKETS = 100_000;

    @Test
    void randomAndMutatedPacketsNeverEscapeTheDecodersAsAnythingButMalformed() {
        Random random = new Random(SEED);
        List<byte[]> seeds = new ArrayList<>();
        Vectors.all().forEach(v -> seeds.add(v.packet()));
        BpacketCodec writer = new BpacketCodec("02:42:ac:11:00:02");
        Messages.all().forEach(m -> seeds.add(writer.encode(m)));
        JsonCodec json = new JsonCodec();
        List<byte[]> jsonSeeds = new ArrayList<>();
        Messages.all().forEach(m -> jsonSeeds.add(json.encode(m)));

        BpacketCodec codec = new BpacketCodec();
        PacketStream stream = new PacketStream(4096, codec.counters());
        int decoded = 0;
        for (int i = 0; i < PACKETS; i++) {
            byte[] input = i % 10 == 0 ? random(random) : mutate(random, seeds.get(random.nextInt(seeds.size())), seeds);
            decoded += check(codec, input) ? 1 : 0;
            for (byte[] framed : stream.feed(input)) {
                check(codec, framed);
            }
            assertThat(stream.buffered()).isLessThanOrEqualTo(4096);
            if (i % 10 == 5) {
                checkJson(json, mutate(random, jsonSeeds.get(random.nextInt(jsonSeeds.size())), jsonSeeds));
            }
        }

        // the mutations do reach past the framing: some still decode, most are refused
        assertThat(decoded).isGreaterThan(PACKETS / 100);
        assertThat(PACKETS - decoded).isGreaterThan(PACKETS / 4);
        assertThat(codec.counters().malformed()).isPositive();
        assertThat(codec.remembered()).isLessThanOrEqualTo(TclMembers.REMEMBERED + 2 * Ruids.REMEMBERED);
    }

    @Test
    void aDeclaredLengthOfTwoToTheFortyIsRefusedWithoutAllocating() {
        // header, 2^40 as a varint, a few bytes: refused by comparing with what is there
        byte[] liar = {(byte) 0xC0, (byte) 0x8D, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x20,
            4, 2, 'n', '1', 0, 0};
        // and inside a body: a string claiming 2^40 bytes
        byte[] liarString = {(byte) 0xC0, (byte) 0x8D, 8, 4, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80,
            (byte) 0x80, 0x20, 'x', 0, 0};
        for (byte[] packet : List.of(liar, liarString)) {
            try {
                new BpacketCodec().decode(packet);
                fail("decoded a lie");
            } catch (MalformedPacketException expected) {
                assertThat(expected).hasMessageContaining("length");
            }
        }
    }

    /** Decodes every way a transport may; true when the packet was accepted. */
    private static boolean check(BpacketCodec codec, byte[] input) {
        Packet packet;
        try {
            packet = Bpacket.decode(input);
        } catch (MalformedPacketException e) {
            refused(input, e);
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError("Bpacket.decode threw " + e + " on " + hex(input), e);
        }
        if (!Arrays.equals(Bpacket.encode(packet), input)) {
            fail("re-encoding changed " + hex(input) + " into " + hex(Bpacket.encode(packet)));
        }
        Message message;
        try {
            message = codec.decode(input);
            if (codec.toMessage(packet).getClass() != message.getClass()) {
                fail("decode and toMessage disagree on " + hex(input));
            }
        } catch (MalformedPacketException e) {
            refused(input, e);
            return true;
        } catch (RuntimeException e) {
            throw new AssertionError("BpacketCodec.decode threw " + e + " on " + hex(input), e);
        }
        if (!(message instanceof ForeignPacket)) {
            // whatever a packet said, the message it became travels exactly
            try {
                if (!codec.decode(codec.encode(message)).equals(message)) {
                    fail("no exact round trip for " + message);
                }
            } catch (MalformedPacketException e) {
                throw new AssertionError("the codec refused its own encoding of " + message, e);
            }
        }
        return true;
    }

    private static void checkJson(JsonCodec json, byte[] input) {
        try {
            Message message = json.decode(input);
            if (!json.decode(json.encode(message)).equals(message)) {
                fail("no exact JSON round trip for " + message);
            }
        } catch (MalformedPacketException e) {
            refused(input, e);
        } catch (RuntimeException e) {
            throw new AssertionError("JsonCodec.decode threw " + e + " on " + new String(input, StandardCharsets.UTF_8), e);
        }
    }

    private static void refused(byte[] input, MalformedPacketException e) {
        if (e.getMessage() == null || e.getMessage().contains("internal")) {
            throw new AssertionError("a decoder bug on " + hex(input) + ": " + e.getMessage(), e);
        }
    }

    private static byte[] random(Random random) {
        byte[] bytes = new byte[random.nextInt(120)];
        random.nextBytes(bytes);
        if (bytes.length >= 3 && random.nextBoolean()) {
            bytes[0] = (byte) 0xC0;
            bytes[1] = (byte) 0x8D;
            bytes[2] = (byte) Math.max(0, bytes.length - 5);
            if (random.nextBoolean()) {
                bytes[bytes.length - 1] = 0;
                bytes[bytes.length - 2] = 0;
            }
        }
        return bytes;
    }

    private static byte[] mutate(Random random, byte[] original, List<byte[]> others) {
        byte[] bytes = original.clone();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations && bytes.length > 0; m++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(9)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                case 2 -> bytes = Arrays.copyOf(bytes, at); // truncated
                case 3 -> { // a byte inserted
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = (byte) random.nextInt(256);
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
                case 4 -> { // a byte removed
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    bytes = shorter;
                }
                case 5 -> bytes[at] = (byte) (random.nextBoolean() ? 0x80 : 0xFF); // a varint that goes on
                case 6 -> bytes[at] = (byte) (1 + random.nextInt(20)); // a field id or small length
                case 7 -> { // spliced with another packet
                    byte[] other = others.get(random.nextInt(others.size()));
                    int from = random.nextInt(other.length);
                    byte[] spliced = Arrays.copyOf(bytes, at + other.length - from);
                    System.arraycopy(other, from, spliced, at, other.length - from);
                    bytes = spliced;
                }
                default -> { // the body changed, then the length made to match so the framing holds
                    bytes[at] = (byte) random.nextInt(256);
                    bytes = reframe(bytes);
                }
            }
        }
        return bytes;
    }

    /** The same bytes after the header and length, with the length varint rewritten to fit (when it can). */
    private static byte[] reframe(byte[] bytes) {
        if (bytes.length < 7 || bytes[0] != (byte) 0xC0 || bytes[1] != (byte) 0x8D || bytes[2] < 0) {
            return bytes;
        }
        int bodyLength = bytes.length - 5;
        if (bodyLength > 127) {
            return bytes;
        }
        bytes[2] = (byte) bodyLength;
        bytes[bytes.length - 1] = 0;
        bytes[bytes.length - 2] = 0;
        return bytes;
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
