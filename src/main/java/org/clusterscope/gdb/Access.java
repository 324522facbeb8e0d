package org.clusterscope.gdb;

import org.clusterscope.core.NodeId;

/**
 * The role checks of PROTOCOL.md §7 for one write or delete. Whether a key is new is decided by
 * the writer's own copy; the owner of a record is the node that created the key, and with
 * {@code ownerRoot} the owner has root access to it (unless its role is {@code NOBODY}).
 */
public final class Access {

    private Access() {
    }

    /**
     * Null when {@code writer}, in {@code role}, may write ({@code delete} false) or delete the
     * key whose visible copy on the writer is {@code existing} (null: none); otherwise the
     * reason it may not, in words.
     */
    public static String refusal(MemberRole role, boolean ownerRoot, NodeId writer, GdbRecord existing,
            boolean delete) {
        if (role == MemberRole.NOBODY) {
            return writer + " is NOBODY in the cluster and may do nothing";
        }
        if (delete && existing == null) {
            return writer + " holds no record of this key to delete";
        }
        if (role == MemberRole.ROOT) {
            return null;
        }
        boolean owns = existing != null && existing.owner().equals(writer);
        if (owns && ownerRoot) {
            return null;
        }
        if (role == MemberRole.GUEST) {
            return writer + " is GUEST and may only read";
        }
        // USER from here on.
        if (!delete && existing == null) {
            return null;
        }
        String whose = owns ? "the key is its own, but the cluster gives owners no root access"
                : "the key exists, created by " + existing.owner();
        return writer + " is USER and may " + (delete ? "not delete" : "only write new keys") + "; " + whose;
    }
}
