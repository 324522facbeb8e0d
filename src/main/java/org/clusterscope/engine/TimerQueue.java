package org.clusterscope.engine;

import java.util.Arrays;

/**
 * A binary min-heap of timers ordered by (time, sequence). Written by hand rather than with
 * {@link java.util.PriorityQueue} because the engine's throughput is bounded by this structure:
 * no comparator indirection, no boxing.
 */
final class TimerQueue {

    private Timer[] heap = new Timer[256];
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    Timer peek() {
        return size == 0 ? null : heap[0];
    }

    void add(Timer timer) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            Timer p = heap[parent];
            if (!timer.before(p)) {
                break;
            }
            heap[i] = p;
            i = parent;
        }
        heap[i] = timer;
    }

    Timer poll() {
        if (size == 0) {
            return null;
        }
        Timer top = heap[0];
        Timer last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            siftDown(last);
        }
        return top;
    }

    private void siftDown(Timer timer) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            Timer c = heap[child];
            int right = child + 1;
            if (right < size && heap[right].before(c)) {
                child = right;
                c = heap[child];
            }
            if (!c.before(timer)) {
                break;
            }
            heap[i] = c;
            i = child;
        }
        heap[i] = timer;
    }
}
