package org.clusterscope.wire;

import java.util.Arrays;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.MalformedPacketException;

/**
 * Node ids and tag lists decoded from bytes seen before come back as the same objects: a node
 * hears the same few senders and tag lists over and over, so decoding one costs no allocation,
 * and a receiver that compares by identity first (the peer table, a peer's tags) finds them
 * equal at once. A small direct-mapped cache keyed by the bytes; a miss decodes and replaces the
 * slot. Safe to share between threads: slots hold immutable entries, a lost race only costs a
 * decoding.
 */
final class Interner {

    private static final int SLOTS = 512;

    private record Entry(byte[] bytes, Object value) {
    }

    private final Entry[] ids = new Entry[SLOTS];
    private final Entry[] lists = new Entry[SLOTS];

    /** The node id written as a string's bytes {@code buf[off, off+len)}. */
    NodeId nodeId(byte[] buf, int off, int len, String what) throws MalformedPacketException {
        int slot = hash(buf, off, len);
        Entry entry = ids[slot];
        if (entry != null && Arrays.equals(entry.bytes, 0, entry.bytes.length, buf, off, off + len)) {
            return (NodeId) entry.value;
        }
        String name = BodyReader.utf8(buf, off, len);
        if (name.isBlank()) {
            throw new MalformedPacketException("blank " + what);
        }
        NodeId id = new NodeId(name);
        ids[slot] = new Entry(Arrays.copyOfRange(buf, off, off + len), id);
        return id;
    }

    /** The list of strings written (count, then each element) in {@code buf[off, off+len)}. */
    @SuppressWarnings("unchecked")
    List<String> list(byte[] buf, int off, int len) throws MalformedPacketException {
        int slot = hash(buf, off, len);
        Entry entry = lists[slot];
        if (entry != null && Arrays.equals(entry.bytes, 0, entry.bytes.length, buf, off, off + len)) {
            return (List<String>) entry.value;
        }
        List<String> list = new BodyReader(buf, off, len).list();
        lists[slot] = new Entry(Arrays.copyOfRange(buf, off, off + len), list);
        return list;
    }

    private static int hash(byte[] buf, int off, int len) {
        int h = len;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + buf[i];
        }
        h *= 0x9E3779B9;
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }
}
