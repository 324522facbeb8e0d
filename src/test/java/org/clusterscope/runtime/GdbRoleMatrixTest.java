package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clusterscope.runtime.Clusters.*;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.clusterscope.gdb.ClusterRole;
import org.clusterscope.gdb.GdbCluster;
import org.clusterscope.gdb.Guuid;
import org.clusterscope.gdb.MemberRole;

/**
 * The role table of PROTOCOL.md §7, every role against every operation, with and without owner
 * root, played on a running two-node cluster: the writer w creates its own keys as ROOT and is
 * then given the role under test; the other node o is ROOT and creates the other keys.
 */
class GdbRoleMatrixTest {

    private static final String G = "c.gdb.g";

    /** role, ownerRoot, then whether: write new, rewrite own, rewrite other's, delete own, delete other's, read. */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(MemberRole.NOBODY, false, List.of(false, false, false, false, false, false)),
                Arguments.of(MemberRole.NOBODY, true, List.of(false, false, false, false, false, false)),
                Arguments.of(MemberRole.GUEST, false, List.of(false, false, false, false, false, true)),
                Arguments.of(MemberRole.GUEST, true, List.of(false, true, false, true, false, true)),
                Arguments.of(MemberRole.USER, false, List.of(true, false, false, false, false, true)),
                Arguments.of(MemberRole.USER, true, List.of(true, true, false, true, false, true)),
                Arguments.of(MemberRole.ROOT, false, List.of(true, true, true, true, true, true)),
                Arguments.of(MemberRole.ROOT, true, List.of(true, true, true, true, true, true)));
    }

    @ParameterizedTest(name = "{0} ownerRoot={1}")
    @MethodSource("table")
    void eachRoleMayDoWhatTheTableSays(MemberRole role, boolean ownerRoot, List<Boolean> expected) {
        Simulation sim = nodes(7, 2);
        sim.link(id("n1"), id("n2"));
        GdbCluster cluster = new GdbCluster("c", Guuid.compose(1, 2), "c.gdb.*", 1, ownerRoot, MemberRole.NOBODY,
                ClusterRole.AUTONOMIC);
        cluster.addNetAssociate("net");
        cluster.memberAdd(id("n1"), MemberRole.ROOT).memberAdd(id("n2"), MemberRole.ROOT);
        sim.configureGdb(Map.of("net", ids("n1", "n2")), List.of(cluster));
        startAll(sim);
        sim.runUntil(seconds(0.2));
        for (Command.GdbWrite w : List.of(write("n1", "mine"), write("n1", "mine2"), write("n2", "theirs"),
                write("n2", "theirs2"))) {
            assertThat(sim.apply(w)).as(w.describe()).isTrue();
        }
        cluster.memberAdd(id("n1"), role);
        sim.runUntil(seconds(2.5));

        List<Boolean> seen = List.of(
                sim.apply(write("n1", "new")),
                sim.apply(write("n1", "mine")),
                sim.apply(write("n1", "theirs")),
                sim.apply(new Command.GdbDelete(id("n1"), G, "mine2")),
                sim.apply(new Command.GdbDelete(id("n1"), G, "theirs2")),
                sim.gdbValue(id("n1"), G, "theirs").isPresent());

        assertThat(seen).as("new, own, other's, delete own, delete other's, read").isEqualTo(expected);
    }

    private static Command.GdbWrite write(String node, String key) {
        return new Command.GdbWrite(id(node), G, key, node + "-" + key);
    }
}
