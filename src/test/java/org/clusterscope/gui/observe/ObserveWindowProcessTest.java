package org.clusterscope.gui.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.clusterscope.testkit.ChildProcess;
import org.clusterscope.testkit.NetNamespace;

/**
 * File ▸ Observe Network… on a real cluster: {@link ObserveStory} runs the observe window and
 * three {@code node} processes inside a private network namespace (root only; skipped with a
 * printed reason otherwise), draws the three with their roles, votes and tags, then a member of
 * the Tcl {@code cluster} package with its tags and no vote (when Tcl is installed), and loses the
 * node it kills by silence.
 */
class ObserveWindowProcessTest {

    private static final long PATIENCE_MS = 180_000;

    private static final Path PACKAGE = Path.of("..", "shared", "interop", "tcl-cluster");

    @TempDir
    Path temp;

    /**
     * The command that starts a Tcl {@code cluster} member tagged {@code beta} (the driver of the
     * interoperation test), or empty when Tcl or the package is not here.
     */
    private List<String> tclMember() throws Exception {
        if (!Files.isRegularFile(PACKAGE.resolve("package").resolve("cluster-1.1.8.tm"))) {
            return List.of();
        }
        try {
            Process check = new ProcessBuilder("tclsh").redirectErrorStream(true).start();
            check.getOutputStream().write("puts [expr {[catch {package require udp; package require fileutil}] ? \"missing\" : \"ok\"}]\nexit\n".getBytes());
            check.getOutputStream().close();
            String out = new String(check.getInputStream().readAllBytes());
            if (!check.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) || !out.contains("ok")) {
                return List.of();
            }
        } catch (java.io.IOException noTcl) {
            return List.of();
        }
        Path modules = Files.createDirectories(temp.resolve("modules"));
        Files.copy(PACKAGE.resolve("modules").resolve("ensembled-1.0.tm"), modules.resolve("ensembled-1.0.tm"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(PACKAGE.resolve("support").resolve("unix_sockets-0.0.tm"), modules.resolve("unix_sockets-0.0.tm"),
                StandardCopyOption.REPLACE_EXISTING);
        Path driver = Path.of(ObserveWindowProcessTest.class.getResource("/interop/tcl-member.tcl").toURI());
        return List.of("tclsh", driver.toString(), modules.toString(),
                PACKAGE.resolve("package").toAbsolutePath().toString(),
                PACKAGE.resolve("support").resolve("shim.tcl").toAbsolutePath().toString(), "beta", "3");
    }

    @Test
    void observeDrawsThreeNodeProcessesAndATclMemberAndLosesTheNodeKilled() throws Exception {
        List<String> tcl = tclMember();
        try (NetNamespace namespace = NetNamespace.create();
                ChildProcess story = ChildProcess.start("observe story", namespace.command(
                        ChildProcess.java(temp, ObserveStory.class.getName(), tcl)))) {
            String drawn = story.await("DRAWN", line -> line.startsWith("DRAWN") || line.startsWith("FAIL"), PATIENCE_MS);
            assertThat(drawn).as(String.join("\n", story.lines())).startsWith("DRAWN")
                    .contains("n1:").contains("n2:").contains("n3:").contains("tags=[t1]");
            if (tcl.isEmpty()) {
                System.out.println("the Tcl part of the observe story skipped: tclsh with udp and tcllib, or the "
                        + "package at " + PACKAGE.toAbsolutePath().normalize() + ", is missing");
            } else {
                String member = story.await("TCL", line -> line.startsWith("TCL") || line.startsWith("FAIL"), PATIENCE_MS);
                assertThat(member).as(String.join("\n", story.lines())).startsWith("TCL").contains("tags=[beta]");
            }
            String lost = story.await("LOST", line -> line.startsWith("LOST") || line.startsWith("FAIL"), PATIENCE_MS);
            assertThat(lost).as(String.join("\n", story.lines())).startsWith("LOST n3");
            assertThat(story.awaitExit(PATIENCE_MS)).isZero();
        }
    }
}
