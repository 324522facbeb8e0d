package org.clusterscope.protocol.election;

import org.clusterscope.core.NodeId;

/**
 * The outcome of one count (PROTOCOL.md §3 rule 3): {@code n} voters, the most voted
 * {@code leader} with {@code votes} votes, and whether that is a majority ({@code 2c >= n}:
 * exactly half counts).
 */
public record CountResult(int n, NodeId leader, int votes, boolean majority) {

    public static boolean isMajority(int votes, int n) {
        return 2L * votes >= n;
    }
}
