package org.clusterscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EngineTest {

    @Test
    void runsTasksInTimeOrderThenInSchedulingOrder() {
        Engine engine = new Engine(1);
        List<String> order = new ArrayList<>();
        engine.schedule(30, () -> order.add("c@30"));
        engine.schedule(10, () -> order.add("a@10"));
        engine.schedule(10, () -> order.add("b@10"));
        engine.schedule(0, () -> order.add("now"));

        engine.runUntil(100);

        assertThat(order).containsExactly("now", "a@10", "b@10", "c@30");
        assertThat(engine.now()).isEqualTo(100);
    }

    /** A queue of named items at given instants, as the network's hop calendar is. */
    private static final class Items implements DueSource {
        private final Engine engine;
        private final List<String> order;
        private final java.util.ArrayDeque<Object[]> items = new java.util.ArrayDeque<>();

        Items(Engine engine, List<String> order) {
            this.engine = engine;
            this.order = order;
            engine.attach(this);
        }

        /** Items must be added in time order, as hops of equal latency are. */
        void add(long at, String name) {
            items.add(new Object[] {at, engine.claimSequence(), name});
        }

        @Override
        public long headTime() {
            return items.isEmpty() ? Long.MAX_VALUE : (long) items.peek()[0];
        }

        @Override
        public long headSequence() {
            return (long) items.peek()[1];
        }

        @Override
        public void runHead() {
            order.add(items.poll()[2] + "@" + engine.now());
        }
    }

    @Test
    void aDueSourceRunsItsItemsWhereTimersScheduledAtTheSameMomentWouldRun() {
        Engine engine = new Engine(1);
        List<String> order = new ArrayList<>();
        Items items = new Items(engine, order);
        engine.schedule(10, () -> order.add("timer1@" + engine.now()));
        items.add(10, "item1");
        engine.schedule(10, () -> order.add("timer2@" + engine.now()));
        items.add(20, "item2");
        engine.schedule(5, () -> order.add("timer3@" + engine.now()));

        assertThat(engine.nextEventTime()).isEqualTo(5);
        long steps = engine.runUntil(100);

        assertThat(order).containsExactly("timer3@5", "timer1@10", "item1@10", "timer2@10", "item2@20");
        assertThat(steps).isEqualTo(5);
        assertThat(engine.hasPending()).isFalse();
    }

    @Test
    void runUntilStopsBeforeADueItemLaterThanItsEnd() {
        Engine engine = new Engine(1);
        List<String> order = new ArrayList<>();
        Items items = new Items(engine, order);
        items.add(50, "late");

        engine.runUntil(49);

        assertThat(order).isEmpty();
        assertThat(engine.now()).isEqualTo(49);
        assertThat(engine.step()).isTrue();
        assertThat(order).containsExactly("late@50");
        assertThatThrownBy(() -> engine.attach(new Items(new Engine(2), order)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stepAdvancesTheClockToTheNextTask() {
        Engine engine = new Engine(1);
        List<Long> seen = new ArrayList<>();
        engine.schedule(5, () -> seen.add(engine.now()));
        engine.schedule(9, () -> seen.add(engine.now()));

        assertThat(engine.step()).isTrue();
        assertThat(engine.now()).isEqualTo(5);
        assertThat(engine.step()).isTrue();
        assertThat(engine.step()).isFalse();
        assertThat(seen).containsExactly(5L, 9L);
    }

    @Test
    void cancelledTimersNeverRun() {
        Engine engine = new Engine(1);
        List<String> ran = new ArrayList<>();
        Timer doomed = engine.schedule(10, () -> ran.add("doomed"));
        engine.schedule(20, () -> ran.add("kept"));
        doomed.cancel();

        engine.runFor(50);

        assertThat(ran).containsExactly("kept");
        assertThat(doomed.isPending()).isFalse();
        assertThat(engine.executedCount()).isEqualTo(1);
    }

    @Test
    void tasksScheduledWhileRunningJoinTheQueue() {
        Engine engine = new Engine(1);
        List<Long> ticks = new ArrayList<>();
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            ticks.add(engine.now());
            engine.schedule(1_000, tick[0]);
        };
        engine.schedule(0, tick[0]);

        engine.runUntil(3_500);

        assertThat(ticks).containsExactly(0L, 1_000L, 2_000L, 3_000L);
        assertThat(engine.nextEventTime()).isEqualTo(4_000);
    }

    @Test
    void runUntilStopsWhenThePredicateHolds() {
        Engine engine = new Engine(1);
        int[] count = {0};
        for (int i = 1; i <= 10; i++) {
            engine.schedule(i * 10L, () -> count[0]++);
        }

        engine.runUntil(1_000, () -> count[0] == 3);

        assertThat(count[0]).isEqualTo(3);
        assertThat(engine.now()).isEqualTo(30);
    }

    @Test
    void stepListenersSeeEveryStep() {
        Engine engine = new Engine(1);
        List<Long> after = new ArrayList<>();
        engine.addStepListener(() -> after.add(engine.now()));
        engine.schedule(1, () -> { });
        engine.schedule(2, () -> { });

        engine.runFor(10);

        assertThat(after).containsExactly(1L, 2L);
    }

    @Test
    void refusesThePast() {
        Engine engine = new Engine(1);
        engine.runUntil(100);
        assertThatThrownBy(() -> engine.scheduleAt(50, () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.schedule(-1, () -> { })).isInstanceOf(IllegalArgumentException.class);
    }
}
