package org.clusterscope.protocol.service;

/** Ends a query that has not been fully answered in time (PROTOCOL.md §4: default 30 s). */
final class QueryTimeoutTask implements Runnable {

    private final Services services;
    private final long queryId;

    QueryTimeoutTask(Services services, long queryId) {
        this.services = services;
        this.queryId = queryId;
    }

    @Override
    public void run() {
        services.timedOut(queryId);
    }
}
