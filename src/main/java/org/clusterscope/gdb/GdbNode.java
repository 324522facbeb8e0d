package org.clusterscope.gdb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.SimTime;
import org.clusterscope.event.SimEvent;
import org.clusterscope.net.Cancellable;
import org.clusterscope.net.Clock;
import org.clusterscope.net.Envelope;
import org.clusterscope.net.TaskScheduler;
import org.clusterscope.net.Transport;

/**
 * One node's global database (PROTOCOL.md §7): the records it holds, the role checks on its own
 * writes, and the sync it sends every {@value #SYNC_MS} ms to the other holders it can reach.
 * Records live on disk: a kill or a restart keeps them; only expiry removes them.
 *
 * <p>Confined to its node's thread (the simulation's, or the node's own on real sockets): writes,
 * syncs, merges and expiry all run there, and readers on other threads ask the node's thread.
 */
public final class GdbNode {

    /** How often a holder sends its live records to the other holders. */
    public static final long SYNC_MS = 1000;
    private static final long SYNC_MICROS = SimTime.ms(SYNC_MS);

    /** The outcome of a write or delete: applied or not, and why. */
    public record Outcome(boolean applied, String reason) {
    }

    private final NodeId id;
    private final GdbRealm realm;
    private final Transport transport;
    private final Clock clock;
    private final TaskScheduler scheduler;
    /** group → key → the version this node holds; sorted, so syncs and views come out in one order. */
    private final TreeMap<String, TreeMap<String, GdbRecord>> store = new TreeMap<>();
    /** The last conflict reported per key, so a stale holder repeating itself is reported once. */
    private final Map<String, Version> reportedConflicts = new HashMap<>();
    /** Read by the realm from other nodes' threads on real sockets. */
    private volatile boolean running;
    private long seq;
    private Cancellable syncTimer;
    private long recordsMerged;

    public GdbNode(NodeId id, GdbRealm realm, Transport transport, Clock clock, TaskScheduler scheduler) {
        this.id = Objects.requireNonNull(id, "id");
        this.realm = Objects.requireNonNull(realm, "realm");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        realm.register(this);
    }

    public NodeId id() {
        return id;
    }

    public boolean isRunning() {
        return running;
    }

    // ---- life ------------------------------------------------------------------------------

    /** The node started: sync every second from now on. */
    public void start() {
        if (running) {
            return;
        }
        running = true;
        syncTimer = scheduler.schedule(SYNC_MICROS, this::tick);
        realm.refresh(id + " started");
    }

    /** The node stopped (killed, quit or dispatched): no more syncs; the records stay on disk. */
    public void stop() {
        if (!running) {
            return;
        }
        running = false;
        if (syncTimer != null) {
            syncTimer.cancel();
            syncTimer = null;
        }
        realm.refresh(id + " stopped");
    }

    // ---- writes ----------------------------------------------------------------------------

    /** Writes {@code value} under {@code group}/{@code key}, if this node's role allows it. */
    public Outcome write(String group, String key, String value) {
        Objects.requireNonNull(value, "value");
        return change("write", group, key, value);
    }

    /** Deletes {@code group}/{@code key}, if this node's role allows it; the deletion spreads by sync. */
    public Outcome delete(String group, String key) {
        return change("delete", group, key, null);
    }

    private Outcome change(String op, String group, String key, String value) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(key, "key");
        long now = clock.nowMicros();
        GdbCluster cluster = realm.clusterFor(group);
        String clusterName = cluster == null ? null : cluster.name();
        GdbRecord own = get(group, key);
        GdbRecord visible = own != null && own.isVisible(now) ? own : null;
        String refusal;
        String allowed;
        if (!running) {
            refusal = id + " is not running";
            allowed = null;
        } else if (cluster == null) {
            refusal = value == null && visible == null ? id + " holds no record of this key to delete" : null;
            allowed = "group matches no cluster's mask: local to " + id + ", never replicated";
        } else if (!realm.isOnline(cluster)) {
            refusal = "cluster " + cluster.name() + " is offline";
            allowed = null;
        } else {
            MemberRole role = realm.role(cluster, id);
            refusal = Access.refusal(role, cluster.ownerRoot(), id, visible, value == null);
            allowed = id + " is " + role + (visible != null && visible.owner().equals(id) && role != MemberRole.ROOT
                    ? " and owns the key (owner root)" : visible == null ? ", new key" : "") + " in " + cluster.name();
        }
        if (refusal != null) {
            String reason = refusal;
            realm.emit(() -> new SimEvent.GdbRefused(now, id, op, clusterName, group, key, value, reason));
            return new Outcome(false, reason);
        }
        Version version = new Version(now, id, realm.order(id), ++seq);
        NodeId owner = visible != null ? visible.owner() : id;
        long expiresAt = cluster == null ? Long.MAX_VALUE : satAdd(now, cluster.ttlMicros());
        GdbRecord record = new GdbRecord(group, key, value, version, owner, own == null ? null : own.version(),
                expiresAt);
        put(record);
        String reason = allowed;
        realm.emit(() -> new SimEvent.GdbWritten(now, id, op, clusterName, group, key, value, reason));
        if (cluster != null) {
            cluster.notifyChanged(id, record, op);
        }
        return new Outcome(true, reason);
    }

    // ---- reading ---------------------------------------------------------------------------

    /** The value this node holds for {@code group}/{@code key} now, if any (not deleted, not expired). */
    public Optional<String> read(String group, String key) {
        GdbRecord record = get(group, key);
        return record != null && record.isVisible(clock.nowMicros()) ? Optional.of(record.value()) : Optional.empty();
    }

    /** The record version this node holds for the key, deletions included, or null. */
    public GdbRecord get(String group, String key) {
        TreeMap<String, GdbRecord> keys = store.get(group);
        return keys == null ? null : keys.get(key);
    }

    /** Every version this node holds and that has not expired, deletions included, by group and key. */
    public List<GdbRecord> records() {
        long now = clock.nowMicros();
        List<GdbRecord> out = new ArrayList<>();
        for (TreeMap<String, GdbRecord> keys : store.values()) {
            for (GdbRecord record : keys.values()) {
                if (!record.isExpired(now)) {
                    out.add(record);
                }
            }
        }
        return out;
    }

    /** How many synced records this node has merged (looked at against its own copy) since it was made. */
    public long recordsMerged() {
        return recordsMerged;
    }

    // ---- sync ------------------------------------------------------------------------------

    private void tick() {
        syncTimer = scheduler.schedule(SYNC_MICROS, this::tick);
        sync();
    }

    /** Sends this node's live records of each online cluster it holds to every other holder it can reach. */
    void sync() {
        long now = clock.nowMicros();
        for (GdbCluster cluster : realm.clusters()) {
            if (!realm.holds(cluster, id) || !realm.isOnline(cluster)) {
                continue;
            }
            List<GdbRecord> live = new ArrayList<>();
            for (Map.Entry<String, TreeMap<String, GdbRecord>> group : store.entrySet()) {
                if (realm.clusterFor(group.getKey()) != cluster) {
                    continue;
                }
                for (GdbRecord record : group.getValue().values()) {
                    if (!record.isExpired(now)) {
                        live.add(record);
                    }
                }
            }
            if (live.isEmpty()) {
                continue;
            }
            GdbSync message = new GdbSync(cluster.name(), live);
            for (NodeId holder : realm.holders(cluster)) {
                if (!holder.equals(id) && transport.send(holder, message)) {
                    realm.emit(() -> new SimEvent.GdbSyncSent(now, id, holder, cluster.name(), live.size()));
                }
            }
        }
    }

    /** A sync from another holder: merge every version newer than ours (PROTOCOL.md §7). */
    public void receive(Envelope envelope, GdbSync sync) {
        GdbCluster cluster = realm.cluster(sync.cluster());
        if (!running || cluster == null || !realm.holds(cluster, id) || !realm.isOnline(cluster)) {
            return;
        }
        long now = clock.nowMicros();
        int changed = 0;
        for (GdbRecord record : sync.records()) {
            if (record.isExpired(now) || realm.clusterFor(record.group()) != cluster) {
                continue;
            }
            if (merge(record, now)) {
                changed++;
                cluster.notifyChanged(id, record, "sync");
            }
        }
        int count = sync.records().size();
        recordsMerged += count;
        int news = changed;
        realm.emit(() -> new SimEvent.GdbSyncMerged(now, id, envelope.from(), cluster.name(), count, news));
    }

    private boolean merge(GdbRecord incoming, long now) {
        GdbRecord local = get(incoming.group(), incoming.key());
        if (local == null || local.isExpired(now)) {
            put(incoming);
            return true;
        }
        if (local.version().equals(incoming.version())) {
            return false;
        }
        boolean takeIncoming = incoming.version().isNewerThan(local.version());
        GdbRecord kept = takeIncoming ? incoming : local;
        GdbRecord dropped = takeIncoming ? local : incoming;
        if (!dropped.version().equals(kept.base())) {
            reportConflict(kept, dropped, now);
        }
        if (takeIncoming) {
            put(incoming);
        }
        return takeIncoming;
    }

    private void reportConflict(GdbRecord kept, GdbRecord dropped, long now) {
        String slot = kept.group() + '\u0000' + kept.key();
        if (dropped.version().equals(reportedConflicts.get(slot))) {
            return;
        }
        reportedConflicts.put(slot, dropped.version());
        Version k = kept.version();
        Version d = dropped.version();
        String reason = k.timestamp() != d.timestamp()
                ? k.writer() + "'s version of " + realm.words(k.timestamp()) + " is later than " + d.writer()
                        + "'s of " + realm.words(d.timestamp())
                : !k.writer().equals(d.writer())
                        ? "equal timestamps " + realm.words(k.timestamp()) + ": " + k.writer()
                                + " comes after " + d.writer() + " in scenario order"
                        : "equal timestamps: " + k.writer() + "'s later write wins";
        realm.emit(() -> new SimEvent.GdbConflict(now, id, kept.group(), kept.key(), kept.writer(), kept.value(),
                dropped.writer(), dropped.value(), reason));
    }

    // ---- storage and expiry ----------------------------------------------------------------

    private void put(GdbRecord record) {
        store.computeIfAbsent(record.group(), g -> new TreeMap<>()).put(record.key(), record);
        if (record.expiresAt() != Long.MAX_VALUE) {
            long delay = Math.max(0, record.expiresAt() - clock.nowMicros());
            scheduler.schedule(delay, () -> expire(record));
        }
    }

    /** The version's timestamp plus the TTL has come: it goes, on this holder, running or not (it is on disk). */
    private void expire(GdbRecord record) {
        TreeMap<String, GdbRecord> keys = store.get(record.group());
        if (keys == null || keys.get(record.key()) != record) {
            return;
        }
        keys.remove(record.key());
        if (keys.isEmpty()) {
            store.remove(record.group());
        }
        long now = clock.nowMicros();
        realm.emit(() -> new SimEvent.GdbExpired(now, id, record.group(), record.key(), record.value()));
        GdbCluster cluster = realm.clusterFor(record.group());
        if (cluster != null) {
            cluster.notifyChanged(id, record, "expired");
        }
    }

    private static long satAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
