package org.clusterscope.net.sim;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.LinkView;

/**
 * The mutable state of one undirected link: its ends (as node indices, in the order first
 * linked), its settings pre-converted to microseconds for the hot path, whether it is up and
 * whether the partition in force cuts it. The hops travelling on it are found in the
 * {@link HopCalendar} when it goes down (PROTOCOL.md §6).
 */
final class LinkState {

    final int a;
    final int b;
    final NodeId idA;
    final NodeId idB;
    /**
     * This pair's counters, kept across unlink and link again: hops of earlier links, then one slot
     * per {@link org.clusterscope.event.DropReason}.
     */
    final long[] counts;
    /** Hops that left on this link; a plain field because it is bumped on every hop. */
    long hops;

    private LinkSettings settings;
    long latencyMicros;
    long jitterMicros;
    double loss;

    boolean up = true;
    boolean cut;
    /** Opened by public mode (PROTOCOL.md §8) rather than listed in the file. */
    boolean discovered;

    /** Its number on the network, by which hops name it ({@link SimNetwork#link(int)}). */
    final int number;

    LinkState(int number, int a, int b, NodeId idA, NodeId idB, LinkSettings settings, long[] counts) {
        this.number = number;
        this.a = a;
        this.b = b;
        this.idA = idA;
        this.idB = idB;
        this.counts = counts;
        settings(settings);
    }

    LinkSettings settings() {
        return settings;
    }

    void settings(LinkSettings settings) {
        this.settings = settings;
        this.latencyMicros = SimTime.ms(settings.latencyMs());
        this.jitterMicros = SimTime.ms(settings.jitterMs());
        this.loss = settings.loss();
    }

    /** Packets travel only on a link that is up and not cut by a partition. */
    boolean live() {
        return up && !cut;
    }

    int other(int end) {
        return end == a ? b : a;
    }

    NodeId id(int end) {
        return end == a ? idA : idB;
    }

    LinkView view() {
        return new LinkView(idA, idB, settings, up, cut, discovered);
    }

    /** The key under which a pair's link is found, whatever the order of its ends. */
    static long key(int x, int y) {
        int lo = Math.min(x, y);
        int hi = Math.max(x, y);
        return ((long) lo << 32) | (hi & 0xffffffffL);
    }
}
