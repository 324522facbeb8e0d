package org.clusterscope.gdb;

import java.util.List;
import java.util.Objects;

import org.clusterscope.net.Message;

/** A holder's live records of one cluster, deletions included, sent to another holder (PROTOCOL.md §7). */
public record GdbSync(String cluster, List<GdbRecord> records) implements Message {

    public static final String KIND = "gdb.sync";

    public GdbSync {
        Objects.requireNonNull(cluster, "cluster");
        records = List.copyOf(records);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
