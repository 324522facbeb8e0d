package org.clusterscope.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every listener gets every event, in subscription order, and the stream says when nobody listens. */
class EventStreamTest {

    private final EventStream stream = new EventStream();
    private final List<String> heard = new ArrayList<>();

    private static SimEvent note(long time) {
        return new SimEvent.Note(time, "at " + time);
    }

    @Test
    void listenersHearEachEventInTheOrderTheySubscribed() {
        stream.subscribe(event -> heard.add("first " + event.time()));
        stream.subscribe(event -> heard.add("second " + event.time()));

        stream.onEvent(note(1));
        stream.onEvent(note(2));

        assertThat(heard).containsExactly("first 1", "second 1", "first 2", "second 2");
    }

    @Test
    void nobodyListensUntilSomeoneSubscribesAndAfterTheLastLeaves() {
        SimListener listener = event -> heard.add("heard");
        assertThat(stream.hasListeners()).isFalse();
        stream.onEvent(note(0)); // nobody: nothing happens

        stream.subscribe(listener);
        assertThat(stream.hasListeners()).isTrue();
        stream.unsubscribe(listener);

        assertThat(stream.hasListeners()).isFalse();
        stream.onEvent(note(1));
        assertThat(heard).isEmpty();
    }

    @Test
    void aListenerThatLeavesOrJoinsDuringAnEventChangesOnlyTheNextOnes() {
        SimListener[] late = new SimListener[1];
        late[0] = event -> heard.add("late " + event.time());
        SimListener once = new SimListener() {
            @Override
            public void onEvent(SimEvent event) {
                heard.add("once " + event.time());
                stream.unsubscribe(this);
                stream.subscribe(late[0]);
            }
        };
        stream.subscribe(once);
        stream.subscribe(event -> heard.add("always " + event.time()));

        stream.onEvent(note(1));
        stream.onEvent(note(2));

        assertThat(heard).containsExactly("once 1", "always 1", "always 2", "late 2");
    }

    @Test
    void unsubscribingAStrangerChangesNothing() {
        stream.subscribe(event -> heard.add("kept"));
        stream.unsubscribe(event -> heard.add("never subscribed"));

        stream.onEvent(note(1));

        assertThat(heard).containsExactly("kept");
    }
}
