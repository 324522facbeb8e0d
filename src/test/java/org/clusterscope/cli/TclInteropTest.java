package org.clusterscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.clusterscope.testkit.ChildProcess;
import org.clusterscope.testkit.NetNamespace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ClusterScope node and a member of the real Tcl {@code cluster} package (1.1.8, used where it
 * lies in {@code ../shared/interop/tcl-cluster}, unmodified) on one loopback network inside a
 * private namespace: they find each other with their tags, answer each other's queries, and each
 * notices when the other leaves gracefully and when it dies. Skipped, with a printed reason, when
 * the package, Tcl ({@code tcl tcl-udp tcllib}) or a namespace is missing.
 */
class TclInteropTest {

    private static final Path PACKAGE = Path.of("..", "shared", "interop", "tcl-cluster");
    private static final long PATIENCE_MS = 60_000;

    @TempDir
    Path modules;

    @Test
    void aClusterScopeNodeAndATclMemberFindAndAnswerEachOtherAndNoticeEachOtherLeave() throws Exception {
        Path driver = tclReady();
        try (NetNamespace namespace = NetNamespace.create();
                ChildProcess cs1 = node(namespace, "cs1", "alpha");
                ChildProcess a = tcl(namespace, driver, "a", "beta")) {
            String sidA = sid(a);

            // they find each other, each with the other's tags
            a.await("DISCOVERED tags=alpha sid=cs1", PATIENCE_MS);
            cs1.await("cs1 discovers " + sidA, each -> each.contains(sidA), PATIENCE_MS);
            cs1.type("peers");
            cs1.await("its peer list naming " + sidA + " with tag beta",
                    each -> each.contains(sidA) && each.contains("tags beta"), PATIENCE_MS);

            // each answers a query from the other
            a.type("query alpha");
            a.await("QUERY response cs1", PATIENCE_MS);
            cs1.await("cs1 answers a query from " + sidA, PATIENCE_MS);
            cs1.type("query beta");
            cs1.await("answer from " + sidA + ": tcl-answer", PATIENCE_MS);
            a.await("ANSWERED", PATIENCE_MS);

            // the ClusterScope node notices a Tcl member's death by silence, and another's goodbye
            // (in this order: a node that loses a peer while it has none left connected dispatches
            // itself, PROTOCOL.md §3 rule 4)
            try (ChildProcess b = tcl(namespace, driver, "b", "gamma")) {
                String sidB = sid(b);
                cs1.await("cs1 discovers " + sidB, each -> each.contains(sidB) && !each.contains("query"), PATIENCE_MS);
                b.crash();
                cs1.await("cs1 loses " + sidB, PATIENCE_MS);
                a.type("quit");
                cs1.await("cs1 records the goodbye of " + sidA, PATIENCE_MS);
            }

            // a Tcl member notices a ClusterScope node's goodbye, and another's death by silence
            try (ChildProcess c = tcl(namespace, driver, "c", "delta")) {
                c.await("DISCOVERED tags=alpha sid=cs1", PATIENCE_MS);
                cs1.type("q");
                assertThat(cs1.awaitExit(PATIENCE_MS)).isZero();
                c.await("DISCONNECT sid=cs1", PATIENCE_MS);
                c.await("LOST sid=cs1", PATIENCE_MS);
                try (ChildProcess cs2 = node(namespace, "cs2", "omega")) {
                    c.await("DISCOVERED tags=omega sid=cs2", PATIENCE_MS);
                    cs2.crash();
                    c.await("LOST sid=cs2", PATIENCE_MS);
                    assertThat(c.output()).doesNotContain("DISCONNECT sid=cs2");
                }
            }
        }
    }

    private ChildProcess node(NetNamespace namespace, String name, String tag) {
        return ChildProcess.start(name, namespace.command(ChildProcess.java(modules, "org.clusterscope.Main",
                List.of("node", "--name", name, "--tags", tag))));
    }

    /** A Tcl member with a 3 s service time to live, so that it notices a death within the test. */
    private ChildProcess tcl(NetNamespace namespace, Path driver, String label, String tag) {
        List<String> command = new ArrayList<>(List.of("tclsh", driver.toString(), modules.toString(),
                PACKAGE.resolve("package").toAbsolutePath().toString(),
                PACKAGE.resolve("support").resolve("shim.tcl").toAbsolutePath().toString(), tag, "3"));
        return ChildProcess.start("tcl member " + label, namespace.command(command));
    }

    private static String sid(ChildProcess member) {
        String joined = member.await("JOINED sid=", PATIENCE_MS);
        return joined.substring(joined.indexOf("sid=") + 4).trim();
    }

    /** The driver script, once the package and Tcl are there; skips with a printed reason otherwise. */
    private Path tclReady() throws IOException, URISyntaxException, InterruptedException {
        if (!Files.isRegularFile(PACKAGE.resolve("package").resolve("cluster-1.1.8.tm"))) {
            skip("the Tcl cluster package is not at " + PACKAGE.toAbsolutePath().normalize());
        }
        String problem = tclProblem();
        if (problem != null) {
            skip(problem + " (apt-get install -y tcl tcl-udp tcllib)");
        }
        Files.copy(PACKAGE.resolve("modules").resolve("ensembled-1.0.tm"), modules.resolve("ensembled-1.0.tm"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(PACKAGE.resolve("support").resolve("unix_sockets-0.0.tm"), modules.resolve("unix_sockets-0.0.tm"),
                StandardCopyOption.REPLACE_EXISTING);
        return Path.of(TclInteropTest.class.getResource("/interop/tcl-member.tcl").toURI());
    }

    /** Why Tcl cannot run a member here, or null. */
    private static String tclProblem() throws InterruptedException {
        try {
            Process check = new ProcessBuilder("tclsh").redirectErrorStream(true).start();
            check.getOutputStream().write("puts [expr {[catch {package require udp; package require fileutil}] ? \"missing\" : \"ok\"}]\nexit\n"
                    .getBytes(StandardCharsets.UTF_8));
            check.getOutputStream().close();
            String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!check.waitFor(30, TimeUnit.SECONDS) || !out.contains("ok")) {
                return "Tcl lacks the udp or tcllib package: " + out.trim();
            }
            return null;
        } catch (IOException e) {
            return "tclsh is not installed";
        }
    }

    private static void skip(String reason) {
        System.out.println("skipped: " + reason);
        Assumptions.abort(reason);
    }
}
