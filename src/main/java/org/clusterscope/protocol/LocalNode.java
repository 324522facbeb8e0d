package org.clusterscope.protocol;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.protocol.message.NodeCard;

/**
 * What a node knows about itself: id, port, birth, incarnation, state, the master it names,
 * tags and channels (PROTOCOL.md §1), and the sequence counter stamped on every message it sends.
 *
 * <p>The {@linkplain #generation() generation} changes on every start and stop, so a timer
 * scheduled in one life of the node can tell that it belongs to a life that is over.
 */
public final class LocalNode {

    /** Channels every node has joined (PROTOCOL.md §1). */
    public static final List<Integer> DEFAULT_CHANNELS = List.of(0, 1, 2);

    private final NodeId id;
    private final int port;
    private final Long firstBirth;
    private final List<Integer> channels;
    private long birth;
    private long incarnation;
    private long seq;
    private long generation;
    private int starts;
    private NodeState state = NodeState.DOWN;
    private NodeId master;
    private List<String> tags;

    /**
     * @param firstBirth the birth to use on the first start instead of the start time, or null
     * @param extraChannels channels joined on top of 0, 1 and 2
     */
    public LocalNode(NodeId id, int port, List<String> tags, List<Integer> extraChannels, Long firstBirth) {
        this.id = Objects.requireNonNull(id, "id");
        this.port = port;
        this.tags = List.copyOf(tags);
        this.firstBirth = firstBirth;
        SortedSet<Integer> joined = new TreeSet<>(DEFAULT_CHANNELS);
        joined.addAll(extraChannels);
        this.channels = List.copyOf(joined);
    }

    /** Begins a new life at {@code now}: new incarnation, new birth (the override only the first time). */
    public void begin(long now) {
        generation++;
        incarnation = now;
        birth = starts == 0 && firstBirth != null ? firstBirth : now;
        starts++;
        master = null;
    }

    /** Ends the current life; timers of that life will no longer run. */
    public void end(NodeState finalState) {
        generation++;
        state = finalState;
        master = null;
    }

    public long nextSeq() {
        return ++seq;
    }

    /** The card this node shows in a probe, beacon or vote message; takes a fresh sequence number. */
    public NodeCard card(NodeId vote) {
        return new NodeCard(id, port, birth, incarnation, nextSeq(), state, tags, vote);
    }

    public NodeId id() {
        return id;
    }

    public int port() {
        return port;
    }

    public long birth() {
        return birth;
    }

    public long incarnation() {
        return incarnation;
    }

    public long generation() {
        return generation;
    }

    public NodeState state() {
        return state;
    }

    public void setState(NodeState state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    public boolean isRunning() {
        return state.isRunning();
    }

    /** The master this node names, or null. */
    public NodeId master() {
        return master;
    }

    public void setMaster(NodeId master) {
        this.master = master;
    }

    public List<String> tags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = List.copyOf(tags);
    }

    /** The channels this node has joined, sorted. */
    public List<Integer> channels() {
        return channels;
    }

    public boolean hasJoined(int channel) {
        return channels.contains(channel);
    }
}
