package org.clusterscope.engine;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Named random streams derived from one seed (STYLE.md §3). Each stream's own seed is a hash of
 * the scenario seed and the stream's name, so adding a stream, or drawing more from one, never
 * shifts the draws of another: loss on the links does not change when a node's heartbeat jitter
 * is drawn differently.
 *
 * <p>Names are plain dotted paths, for example {@code "net.loss"}, {@code "net.jitter"},
 * {@code "node.n3.heartbeat"} or {@code "nemesis.shuffle"}.
 */
public final class RandomStreams {

    private final long seed;
    private final Map<String, RandomGenerator> streams = new HashMap<>();

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** The stream with this name, created on first use; the same name always gives the same object. */
    public RandomGenerator stream(String name) {
        return streams.computeIfAbsent(name, n -> new SplittableRandom(derive(seed, n)));
    }

    /** A fresh generator for the name, starting from the beginning of its sequence. */
    public RandomGenerator fresh(String name) {
        return new SplittableRandom(derive(seed, name));
    }

    /** The seed of a named stream: SplitMix64 over the seed, mixed with the FNV-1a hash of the name's UTF-8 bytes. */
    static long derive(long seed, String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(mix(seed) ^ h);
    }

    private static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
