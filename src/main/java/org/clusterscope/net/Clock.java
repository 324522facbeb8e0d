package org.clusterscope.net;

/** Time as a node sees it: virtual time in the simulator, wall time on real sockets. */
@FunctionalInterface
public interface Clock {

    /** Microseconds since the start of the run (simulated) or of the process (real). Never decreases. */
    long nowMicros();
}
