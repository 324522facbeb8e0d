package org.clusterscope.protocol.election;

/**
 * Closes the discovery window one heartbeat after a start (PROTOCOL.md §3 rule 3): until then
 * the node stays joining, so nodes started together do not each crown themselves.
 */
final class WindowTask implements Runnable {

    private final QuorumElection election;

    WindowTask(QuorumElection election) {
        this.election = election;
    }

    @Override
    public void run() {
        election.closeWindow();
    }
}
