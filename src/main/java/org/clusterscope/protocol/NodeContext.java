package org.clusterscope.protocol;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import org.clusterscope.event.EventStream;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.Cancellable;
import org.clusterscope.net.Clock;
import org.clusterscope.net.TaskScheduler;
import org.clusterscope.net.Transport;

/**
 * Everything the protocols of one node share: the node itself, its settings and the ports it
 * sees (transport, clock, timers, randomness, event sink). Nothing here knows whether the
 * network is simulated or real (DESIGN.md rule 3).
 */
public final class NodeContext {

    private final LocalNode self;
    private final ProtocolConfig settings;
    private final Transport transport;
    private final Clock clock;
    private final TaskScheduler scheduler;
    private final EventStream events;
    private final RandomGenerator heartbeatRandom;
    private final RandomGenerator answerRandom;

    /**
     * @param heartbeatRandom the stream for beacon jitter ({@code node.<id>.heartbeat})
     * @param answerRandom    the stream for probe-answer delays ({@code node.<id>.answer})
     */
    public NodeContext(LocalNode self, ProtocolConfig settings, Transport transport, Clock clock,
            TaskScheduler scheduler, EventStream events, RandomGenerator heartbeatRandom,
            RandomGenerator answerRandom) {
        this.self = Objects.requireNonNull(self, "self");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.events = Objects.requireNonNull(events, "events");
        this.heartbeatRandom = Objects.requireNonNull(heartbeatRandom, "heartbeatRandom");
        this.answerRandom = Objects.requireNonNull(answerRandom, "answerRandom");
    }

    public LocalNode self() {
        return self;
    }

    public ProtocolConfig settings() {
        return settings;
    }

    public Transport transport() {
        return transport;
    }

    public long now() {
        return clock.nowMicros();
    }

    public RandomGenerator heartbeatRandom() {
        return heartbeatRandom;
    }

    public RandomGenerator answerRandom() {
        return answerRandom;
    }

    /**
     * Schedules a task of the node's current life: if the node stops or restarts before the
     * task is due, the task does nothing.
     */
    public Cancellable schedule(long delayMicros, Runnable task) {
        long generation = self.generation();
        return scheduler.schedule(delayMicros, () -> {
            if (self.generation() == generation) {
                task.run();
            }
        });
    }

    /** Whether anyone listens; callers skip building events (and their reason strings) otherwise. */
    public boolean observed() {
        return events.hasListeners();
    }

    /** Publishes an event built only when someone listens. */
    public void emit(Supplier<SimEvent> event) {
        if (events.hasListeners()) {
            events.onEvent(event.get());
        }
    }
}
