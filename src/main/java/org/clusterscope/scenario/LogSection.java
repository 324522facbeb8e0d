package org.clusterscope.scenario;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.clusterscope.event.SimEvent;

/**
 * The sections of the narrated timeline, as {@code run --log} names them (SCENARIO_FORMAT.md
 * "The command line", after Tezt's {@code event_sections_levels}): every line the
 * {@link Narrator} prints belongs to exactly one, decided by the event it tells.
 */
public enum LogSection {
    /** Starts, peers found, lost, heard again or gone; tags. */
    DISCOVERY,
    /** Votes, counts, roles, and a node dispatching itself. */
    ELECTION,
    /** Public mode: requests, accepts, refusals, closes (PROTOCOL.md §8). */
    OVERLAY,
    /** Link settings and what services carried. */
    NETWORK,
    /** Kills, quits, partitions, nemeses, heals, links down and up. */
    FAULTS,
    /** GDB records, syncs, networks and clusters (PROTOCOL.md §7). */
    GDB,
    /** The scenario's notes and the warnings of skipped commands. */
    NOTES;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The section called {@code name} ({@code "overlay"}), or null. */
    public static LogSection fromName(String name) {
        for (LogSection section : values()) {
            if (section.jsonName().equals(name)) {
                return section;
            }
        }
        return null;
    }

    public static Set<LogSection> all() {
        return EnumSet.allOf(LogSection.class);
    }

    /** The section a narrated line about {@code event} belongs to. */
    public static LogSection of(SimEvent event) {
        if (event instanceof SimEvent.OverlayEvent) {
            return OVERLAY;
        }
        if (event instanceof SimEvent.NodeStarted || event instanceof SimEvent.PeerChanged
                || event instanceof SimEvent.TagsChanged) {
            return DISCOVERY;
        }
        if (event instanceof SimEvent.NodeStopped s) {
            return s.kind() == SimEvent.StopKind.DISPATCHED ? ELECTION : FAULTS;
        }
        if (event instanceof SimEvent.StateChanged || event instanceof SimEvent.VoteCast
                || event instanceof SimEvent.VotesCounted) {
            return ELECTION;
        }
        if (event instanceof SimEvent.LinkChanged l) {
            return "settings changed".equals(l.reason()) ? NETWORK : FAULTS;
        }
        if (event instanceof SimEvent.PartitionChanged) {
            return FAULTS;
        }
        if (event instanceof SimEvent.Note || event instanceof SimEvent.Warning) {
            return NOTES;
        }
        if (event instanceof SimEvent.GdbWritten || event instanceof SimEvent.GdbRefused
                || event instanceof SimEvent.GdbSyncSent || event instanceof SimEvent.GdbSyncMerged
                || event instanceof SimEvent.GdbConflict || event instanceof SimEvent.GdbExpired
                || event instanceof SimEvent.GdbNetChanged || event instanceof SimEvent.GdbClusterChanged) {
            return GDB;
        }
        return NETWORK;
    }
}
