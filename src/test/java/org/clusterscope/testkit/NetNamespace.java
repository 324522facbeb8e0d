package org.clusterscope.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;

/**
 * A private network namespace with only a loopback interface and a multicast route on it
 * (BUILD_NOTES.md "Real sockets in tests"), so that multicast tests never send a packet on the
 * host's own network. Needs root and {@code ip}; {@link #create()} skips the test, printing why,
 * when either is missing. Processes run inside it through {@link #command}. Close it to delete it.
 */
public final class NetNamespace implements AutoCloseable {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private final String name;

    private NetNamespace(String name) {
        this.name = name;
    }

    /** Creates a namespace, or skips the calling test with a printed reason. */
    public static NetNamespace create() {
        String why = unavailable();
        if (why != null) {
            System.out.println("skipped: " + why);
            Assumptions.abort(why);
        }
        String name = "clusterscope-" + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet();
        NetNamespace namespace = new NetNamespace(name);
        String failed = run("ip", "netns", "add", name);
        if (failed != null) {
            String reason = "multicast test needs a network namespace, and 'ip netns add' failed: " + failed;
            System.out.println("skipped: " + reason);
            Assumptions.abort(reason);
        }
        for (String[] step : List.of(new String[] {"ip", "-n", name, "link", "set", "lo", "up"},
                // without src 127.0.0.1 the kernel sends from 0.0.0.0 and members listening for local packets drop them
                new String[] {"ip", "-n", name, "route", "add", "224.0.0.0/4", "dev", "lo", "src", "127.0.0.1"})) {
            String error = run(step);
            if (error != null) {
                namespace.close();
                throw new IllegalStateException("setting up namespace " + name + ": " + error);
            }
        }
        return namespace;
    }

    /** Why a namespace cannot be made here, or null. */
    private static String unavailable() {
        String user = output("id", "-u");
        if (user == null) {
            return "multicast test needs root to make a network namespace, and 'id -u' did not run";
        }
        if (!user.trim().equals("0")) {
            return "multicast test needs root to make a network namespace (running as uid " + user.trim() + ")";
        }
        if (output("ip", "-V") == null) {
            return "multicast test needs the 'ip' command (iproute2) to make a network namespace";
        }
        return null;
    }

    public String name() {
        return name;
    }

    /** {@code command} run inside this namespace. */
    public List<String> command(List<String> command) {
        List<String> inside = new ArrayList<>(List.of("ip", "netns", "exec", name));
        inside.addAll(command);
        return inside;
    }

    @Override
    public void close() {
        run("ip", "netns", "delete", name);
    }

    /** Runs a short command; null on success, else its error output. */
    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return String.join(" ", command) + " did not finish";
            }
            return process.exitValue() == 0 ? null : out.trim();
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String output(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
