package org.clusterscope.net.real;

import java.util.Locale;

/**
 * The ways a packet can travel between real nodes (BPACKET.md "Transports"), named by the letter
 * a node announces them with in its {@code protocols} field, in priority order.
 */
public enum Protocol {
    /** TCP to the port the peer announced as {@code t {port N}}; frames back to back on one connection. */
    TCP("t"),
    /** A Unix domain socket at the path the peer announced as {@code u {path P}}; only between nodes of one host. */
    UNIX("u"),
    /** UDP multicast to the group; to one node it carries a filter naming that node. Always announced, always last. */
    MULTICAST("c");

    private final String letter;

    Protocol(String letter) {
        this.letter = letter;
    }

    /** The letter on the wire. */
    public String letter() {
        return letter;
    }

    /** The protocol announced with {@code letter}, or null for one this side does not speak. */
    public static Protocol ofLetter(String letter) {
        for (Protocol protocol : values()) {
            if (protocol.letter.equals(letter)) {
                return protocol;
            }
        }
        return null;
    }

    /** A name for messages and options: tcp, unix, multicast. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The protocol named {@code text} (tcp, unix, multicast, or its letter). */
    public static Protocol parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (Protocol protocol : values()) {
            if (protocol.label().equals(wanted) || protocol.letter.equals(wanted)) {
                return protocol;
            }
        }
        throw new IllegalArgumentException("unknown protocol '" + text + "' (expected tcp, unix or multicast)");
    }
}
