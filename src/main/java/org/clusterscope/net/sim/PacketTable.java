package org.clusterscope.net.sim;

import java.util.Arrays;

/**
 * The packets that have copies in flight, each at a slot number while it has, so that a hop in
 * the {@link HopStore} can name its packet by a plain number. A packet takes a slot with its
 * first hop and gives it back when its last copy arrives or is dropped; free slots are reused,
 * the most recently freed first.
 */
final class PacketTable {

    private Packet[] packets = new Packet[256];
    private int[] nextFree = new int[256];
    private int free = HopStore.NONE;
    private int used;

    /** The packet at {@code slot}. */
    Packet get(int slot) {
        return packets[slot];
    }

    /** The packet's slot, given it now if it has none. */
    int slotOf(Packet packet) {
        if (packet.slot != HopStore.NONE) {
            return packet.slot;
        }
        int slot = free;
        if (slot != HopStore.NONE) {
            free = nextFree[slot];
        } else {
            if (used == packets.length) {
                packets = Arrays.copyOf(packets, used * 2);
                nextFree = Arrays.copyOf(nextFree, used * 2);
            }
            slot = used++;
        }
        packets[slot] = packet;
        packet.slot = slot;
        return slot;
    }

    /** Gives the packet's slot back, if it has one. */
    void release(Packet packet) {
        int slot = packet.slot;
        if (slot == HopStore.NONE) {
            return;
        }
        packets[slot] = null;
        nextFree[slot] = free;
        free = slot;
        packet.slot = HopStore.NONE;
    }
}
