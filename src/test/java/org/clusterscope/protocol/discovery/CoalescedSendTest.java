package org.clusterscope.protocol.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.event.EventStream;
import org.clusterscope.net.Message;
import org.clusterscope.net.Receiver;
import org.clusterscope.net.Transport;
import org.clusterscope.protocol.LocalNode;
import org.clusterscope.protocol.NodeContext;
import org.clusterscope.protocol.ProtocolConfig;
import org.junit.jupiter.api.Test;

/** Many requests, one send: probe answers and vote messages are coalesced (PROTOCOL.md §2, §3 rule 2). */
class CoalescedSendTest {

    private final PriorityQueue<Object[]> tasks = new PriorityQueue<>((a, b) -> Long.compare((long) a[0], (long) b[0]));
    private final List<Long> sends = new ArrayList<>();
    private final LocalNode self = new LocalNode(NodeId.of("n1"), 8081, List.of(), List.of(), null);
    private long now;
    private long delay = 100;

    private final NodeContext ctx = new NodeContext(self, ProtocolConfig.DEFAULTS,
            new Silent(), () -> now, (d, task) -> {
                tasks.add(new Object[] {now + d, task});
                return () -> tasks.removeIf(t -> t[1] == task);
            }, new EventStream(), new SplittableRandom(1), new SplittableRandom(2));

    private final CoalescedSend send = new CoalescedSend(ctx, () -> delay, () -> sends.add(now));

    private void runUntil(long time) {
        while (!tasks.isEmpty() && (long) tasks.peek()[0] <= time) {
            Object[] task = tasks.poll();
            now = (long) task[0];
            ((Runnable) task[1]).run();
        }
        now = time;
    }

    @Test
    void requestsWhileASendIsPendingAreCoveredByIt() {
        self.begin(0);
        self.setState(NodeState.SLAVE);
        send.request();
        runUntil(50);
        send.request();
        send.request();

        runUntil(1_000);

        assertThat(sends).containsExactly(100L);
    }

    @Test
    void aRequestAfterTheSendMakesANewOne() {
        self.begin(0);
        send.request();
        runUntil(100);
        delay = 30;
        send.request();

        runUntil(1_000);

        assertThat(sends).containsExactly(100L, 130L);
    }

    @Test
    void withNoDelayOneSendLeavesPerInstant() {
        self.begin(0);
        delay = 0;
        runUntil(500);
        send.request();
        send.request();

        runUntil(500);

        assertThat(sends).containsExactly(500L);
    }

    @Test
    void aSendOfAnEarlierLifeNeverLeavesAndAResetAllowsANewOne() {
        self.begin(0);
        send.request();
        self.end(NodeState.DOWN); // the node stops: its pending tasks belong to a life that is over
        runUntil(50);
        self.begin(50);
        send.reset();
        send.request();

        runUntil(1_000);

        assertThat(sends).containsExactly(150L);
    }

    /** A transport that goes nowhere: this class never sends by itself. */
    private static final class Silent implements Transport {
        public NodeId self() {
            return NodeId.of("n1");
        }

        public void open(Receiver receiver) {
        }

        public void close() {
        }

        public boolean isOpen() {
            return true;
        }

        public boolean send(NodeId to, Message message) {
            return false;
        }

        public void broadcast(Message message, int hopLimit) {
        }
    }
}
