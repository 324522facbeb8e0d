package org.clusterscope.bench;

import java.util.List;

import org.clusterscope.net.Codec;
import org.clusterscope.net.MalformedPacketException;
import org.clusterscope.net.Message;
import org.clusterscope.wire.BpacketCodec;
import org.clusterscope.wire.JsonCodec;

/** The figures of the wire codecs, measured on {@link WireMix}. */
public final class WireBenchmarks {

    private WireBenchmarks() {
    }

    /** Bytes of the mix in bpacket form over bytes of the same messages as compact JSON; smaller is better. */
    public static final class SizeRatio implements Benchmark {

        @Override
        public String name() {
            return "wire.size_ratio";
        }

        @Override
        public String unit() {
            return "bpacket/JSON";
        }

        @Override
        public double measure() {
            List<Message> mix = WireMix.messages();
            return (double) bytes(new BpacketCodec(WireMix.HOST_ID), mix) / bytes(new JsonCodec(), mix);
        }

        static long bytes(Codec codec, List<Message> mix) {
            long total = 0;
            for (Message message : mix) {
                total += codec.encode(message).length;
            }
            return total;
        }
    }

    /**
     * Messages of the mix encoded and decoded again per second by one thread with one
     * {@link BpacketCodec}: the best of five rounds of 200 passes over the mix, after three
     * warm-up rounds.
     */
    public static final class CodecRate implements Benchmark {

        private static final int PASSES = 200;

        @Override
        public String name() {
            return "wire.codec_per_s";
        }

        @Override
        public String unit() {
            return "messages/s";
        }

        @Override
        public double measure() {
            Message[] mix = WireMix.messages().toArray(Message[]::new);
            BpacketCodec codec = new BpacketCodec(WireMix.HOST_ID);
            return Rounds.best(seed -> round(codec, mix));
        }

        private static double round(BpacketCodec codec, Message[] mix) {
            long check = 0;
            long start = System.nanoTime();
            try {
                for (int pass = 0; pass < PASSES; pass++) {
                    for (Message message : mix) {
                        Message back = codec.decode(codec.encode(message));
                        check += back.kind().length();
                    }
                }
            } catch (MalformedPacketException e) {
                throw new IllegalStateException("the codec refused its own packet: " + e.getMessage(), e);
            }
            long elapsed = System.nanoTime() - start;
            if (check == 0) {
                throw new IllegalStateException("nothing decoded");
            }
            return (double) PASSES * mix.length / (elapsed / 1e9);
        }
    }
}
