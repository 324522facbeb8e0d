package org.clusterscope.runtime;

import java.util.Optional;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.sim.Nemesis;

/**
 * Applies every kind of {@link Command} to a {@link ClusterControl}: the one place that resolves
 * {@code @master} and says what each command means, for the simulation and the live cluster alike.
 */
final class CommandApplier implements Command.Handler<Boolean> {

    private final ClusterControl cluster;

    CommandApplier(ClusterControl cluster) {
        this.cluster = cluster;
    }

    @Override
    public Boolean life(Command.Life c) {
        Optional<NodeId> target = c.target().isMaster() ? cluster.currentMaster() : Optional.of(c.target().node());
        if (target.isEmpty()) {
            cluster.warn(c.keyword() + " @master" + cluster.instant() + ": no running node is master, so the command is skipped");
            return false;
        }
        NodeId id = target.get();
        return switch (c.kind()) {
            case KILL -> cluster.kill(id);
            case QUIT -> cluster.quit(id);
            case RESTART -> cluster.restart(id);
            case START -> cluster.start(id);
        };
    }

    @Override
    public Boolean partition(Command.Partition c) {
        cluster.partition(c.groups());
        return true;
    }

    @Override
    public Boolean nemesis(Command.Nemesis c) {
        cluster.nemesis(Nemesis.of(c.pattern(), c.node()));
        return true;
    }

    @Override
    public Boolean heal(Command.Heal c) {
        cluster.heal();
        return true;
    }

    @Override
    public Boolean linkDown(Command.LinkDown c) {
        return cluster.linkDown(c.a(), c.b());
    }

    @Override
    public Boolean linkUp(Command.LinkUp c) {
        return cluster.linkUp(c.a(), c.b());
    }

    @Override
    public Boolean setLink(Command.SetLink c) {
        return cluster.changeLink(c.a(), c.b(), c.overrides());
    }

    @Override
    public Boolean setTags(Command.SetTags c) {
        cluster.setTags(c.node(), c.tags());
        return true;
    }

    @Override
    public Boolean note(Command.Note c) {
        cluster.note(c.text());
        return true;
    }

    @Override
    public Boolean gdbWrite(Command.GdbWrite c) {
        return cluster.gdbWrite(c.node(), c.group(), c.key(), c.value(), c);
    }

    @Override
    public Boolean gdbDelete(Command.GdbDelete c) {
        return cluster.gdbDelete(c.node(), c.group(), c.key(), c);
    }

    @Override
    public Boolean netDown(Command.NetDown c) {
        return cluster.setNetDown(c.net(), true, c);
    }

    @Override
    public Boolean netUp(Command.NetUp c) {
        return cluster.setNetDown(c.net(), false, c);
    }

    @Override
    public Boolean closeLink(Command.CloseLink c) {
        return cluster.closeDiscoveredLink(c.a(), c.b());
    }

    @Override
    public Boolean setPrivate(Command.SetPrivate c) {
        return cluster.setPrivate(c.node(), c.privateNode());
    }
}
