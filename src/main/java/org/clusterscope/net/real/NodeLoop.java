package org.clusterscope.net.real;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.clusterscope.net.Cancellable;
import org.clusterscope.net.TaskScheduler;

/**
 * The one thread of a node on real sockets. Its timers, its receiver and every command given to
 * it run here, one at a time, so the node's code runs as single-threaded as in the simulator
 * ({@link TaskScheduler}, {@link org.clusterscope.net.Receiver}). Tasks due at the same instant
 * run in the order they were scheduled (the executor breaks ties by submission order).
 *
 * <p>A task that throws does not stop the loop: the failure goes to the crash handler, which
 * reports it, and the next task runs.
 */
public final class NodeLoop implements TaskScheduler, AutoCloseable {

    private final String name;
    private final ScheduledThreadPoolExecutor executor;
    private final Consumer<Throwable> crashes;
    private volatile Thread thread;

    /** @param crashes told of every exception a task throws */
    public NodeLoop(String name, Consumer<Throwable> crashes) {
        this.name = Objects.requireNonNull(name, "name");
        this.crashes = Objects.requireNonNull(crashes, "crashes");
        this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread made = new Thread(runnable, name);
            made.setDaemon(true);
            thread = made;
            return made;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    public String name() {
        return name;
    }

    @Override
    public Cancellable schedule(long delayMicros, Runnable task) {
        try {
            ScheduledFuture<?> future = executor.schedule(guarded(task), Math.max(0, delayMicros), TimeUnit.MICROSECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException closed) {
            return () -> { };
        }
    }

    /** Runs {@code task} on the loop after the work queued so far; does nothing once the loop is closed. */
    public void execute(Runnable task) {
        try {
            executor.execute(guarded(task));
        } catch (RejectedExecutionException closed) {
            // a closed node runs nothing more
        }
    }

    /**
     * Runs {@code task} on the loop and waits for its result, for at most {@code timeoutMillis}.
     * From the loop's own thread the task runs at once (waiting on itself would never end).
     */
    public <T> T call(Callable<T> task, long timeoutMillis) {
        if (isLoopThread()) {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Future<T> future;
        try {
            future = executor.submit(task);
        } catch (RejectedExecutionException closed) {
            throw new IllegalStateException(name + " is closed");
        }
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } catch (TimeoutException e) {
            future.cancel(false);
            throw new IllegalStateException(name + " did not answer within " + timeoutMillis + " ms");
        }
    }

    /** Whether the caller runs on this loop's thread. */
    public boolean isLoopThread() {
        return Thread.currentThread() == thread;
    }

    private Runnable guarded(Runnable task) {
        Objects.requireNonNull(task, "task");
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                crashes.accept(e);
            }
        };
    }

    /** Stops the loop: pending timers are dropped, a running task finishes. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Waits until the thread has ended, at most {@code timeoutMillis}. */
    public boolean awaitClosed(long timeoutMillis) {
        try {
            return executor.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
