package org.clusterscope.net.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The hops in flight, numbered round a ring that grows with a storm and gives its memory back after. */
class HopStoreTest {

    private final HopStore store = new HopStore();

    @Test
    void aHopInFlightNeverSharesItsNumberAndKeepsItsFields() {
        SplittableRandom random = new SplittableRandom(3);
        BitSet inFlight = new BitSet();
        List<Integer> hops = new ArrayList<>();
        for (int step = 0; step < 400_000; step++) {
            // the load swells to about a hundred thousand hops and falls back, twice
            int target = (int) (100_000 * Math.abs(Math.sin(step / 63_000.0)));
            if (hops.size() < target || hops.isEmpty() || random.nextInt(4) == 0 && hops.size() < target + 50) {
                int h = store.take();
                assertThat(inFlight.get(h)).as("number %d handed out twice", h).isFalse();
                inFlight.set(h);
                store.set(h, h ^ 0x5555, h % 7, h % 1_000, 1, h % 50, false);
                hops.add(h);
            } else {
                int h = hops.remove(random.nextInt(hops.size()));
                assertThat(store.packet(h)).isEqualTo(h ^ 0x5555);
                assertThat(store.to(h)).isEqualTo(h % 1_000);
                assertThat(store.hops(h)).isEqualTo(h % 50);
                inFlight.clear(h);
                store.release(h);
            }
        }
    }

    @Test
    void afterAStormTheEmptyPagesAreGivenBack() {
        List<Integer> storm = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            storm.add(store.take());
        }
        int stormCapacity = store.capacity();
        assertThat(stormCapacity).isGreaterThanOrEqualTo(1_000_000);
        storm.forEach(store::release);

        // a quiet run afterwards: a few hops at a time, the cursor comes round several times
        for (int i = 0; i < 3 * stormCapacity; i++) {
            store.release(store.take());
        }

        assertThat(store.capacity()).isLessThanOrEqualTo(stormCapacity / 8);
    }
}
