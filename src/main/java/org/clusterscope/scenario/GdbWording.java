package org.clusterscope.scenario;

import org.clusterscope.event.SimEvent;

/**
 * The GDB events (PROTOCOL.md §7) in words, for the command line's timeline and the window's log.
 * Syncs are not told one by one (every holder sends one each second); the traffic sums count them.
 */
public final class GdbWording {

    private GdbWording() {
    }

    /** The line for a GDB event, or null for any other event and for the sync events. */
    public static String of(SimEvent event) {
        if (event instanceof SimEvent.GdbWritten w) {
            String what = w.value() == null ? " deletes " + w.group() + "/" + w.key()
                    : " writes " + w.group() + "/" + w.key() + " = \"" + w.value() + "\"";
            return w.node() + what + " (" + w.reason() + ")";
        }
        if (event instanceof SimEvent.GdbRefused r) {
            String what = r.value() == null ? "delete " + r.group() + "/" + r.key()
                    : "write " + r.group() + "/" + r.key() + " = \"" + r.value() + "\"";
            return r.node() + "'s " + what + " is REFUSED: " + r.reason();
        }
        if (event instanceof SimEvent.GdbConflict c) {
            return c.node() + " resolves a conflict on " + c.group() + "/" + c.key() + ": keeps " + shown(c.keptValue())
                    + " by " + c.keptWriter() + ", drops " + shown(c.droppedValue()) + " by " + c.droppedWriter()
                    + " (" + c.reason() + ")";
        }
        if (event instanceof SimEvent.GdbExpired e) {
            return e.node() + ": " + e.group() + "/" + e.key() + (e.value() == null ? " (deletion)" : "")
                    + " expires";
        }
        if (event instanceof SimEvent.GdbNetChanged n) {
            return "net " + n.net() + " is " + (n.online() ? "online" : "offline")
                    + (n.reason() == null ? "" : " (" + n.reason() + ")");
        }
        if (event instanceof SimEvent.GdbClusterChanged c) {
            return "cluster " + c.cluster() + " " + c.guuid() + " is " + (c.online() ? "online" : "OFFLINE")
                    + " (" + c.reason() + ")";
        }
        return null;
    }

    private static String shown(String value) {
        return value == null ? "the deletion" : "\"" + value + "\"";
    }
}
