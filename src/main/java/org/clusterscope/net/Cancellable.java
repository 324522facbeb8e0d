package org.clusterscope.net;

/** A scheduled task that may still be called off. */
@FunctionalInterface
public interface Cancellable {

    /** Calls the task off if it has not run yet; idempotent. */
    void cancel();
}
