package org.clusterscope.net.real;

/** Why a real transport dropped a packet. */
public enum Refusal {
    /** Sent from another host while {@code remote} is 0 (BPACKET.md: such packets are dropped). */
    NOT_LOCAL,
    /** The sender is not one of the peers this node is linked to (private mode). */
    NOT_LINKED,
    /** The link between sender and receiver is down. */
    LINK_DOWN,
    /** A partition separates sender and receiver. */
    PARTITIONED,
    /** A broadcast from a sender more hops away than the hop limit of beacons. */
    HOP_LIMIT,
    /** The receiver closed (killed, quit) before the packet could be handed to it. */
    CLOSED,
    /** Every protocol failed to carry the packet. */
    UNDELIVERABLE,
    /** Lost on purpose by the link's loss setting ({@link PacketShaper}). */
    LOST
}
