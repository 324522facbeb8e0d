package org.clusterscope.node;

import java.util.Objects;
import java.util.random.RandomGenerator;

import org.clusterscope.event.EventStream;
import org.clusterscope.net.Clock;
import org.clusterscope.net.TaskScheduler;
import org.clusterscope.net.Transport;

/**
 * What a composition root hands a node: its transport, clock, timers, event sink and random
 * streams (heartbeat jitter, probe-answer delays). The simulator gives virtual ones, a real
 * node real ones; the node cannot tell (DESIGN.md rule 3).
 */
public record NodePorts(Transport transport, Clock clock, TaskScheduler scheduler, EventStream events,
        RandomGenerator heartbeatRandom, RandomGenerator answerRandom) {

    public NodePorts {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(heartbeatRandom, "heartbeatRandom");
        Objects.requireNonNull(answerRandom, "answerRandom");
    }
}
