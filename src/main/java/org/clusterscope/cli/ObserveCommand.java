package org.clusterscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.clusterscope.runtime.ClusterObserver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code observe}: listens to a real cluster on its multicast group without joining it, and
 * prints who is there, their tags, votes and roles, and who leaves, as it happens. It sends
 * nothing. Malformed packets are counted and told, never fatal. Runs until interrupted.
 */
@Command(name = "observe", mixinStandardHelpOptions = true,
        description = "Listens to a real cluster without joining it: prints its members, their tags, votes and "
                + "role changes as they happen, and who leaves. Sends nothing. Stop it with Ctrl-C.")
public final class ObserveCommand implements Callable<Integer> {

    @Mixin
    GroupOptions network = new GroupOptions();

    @Option(names = "--ttl", paramLabel = "DURATION", defaultValue = "3500",
            description = "How long a silent member is kept before it is told lost (default ${DEFAULT-VALUE} ms).")
    String ttl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InetSocketAddress address = network.check(err);
        if (address == null) {
            return ExitCodes.INVALID;
        }
        Long ttlMicros = Durations.parse(ttl, err, "--ttl");
        if (ttlMicros == null) {
            return ExitCodes.INVALID;
        }
        ClusterObserver observer = new ClusterObserver(line -> {
            synchronized (out) {
                out.println(NodeConsole.now() + line);
                out.flush();
            }
        }, ttlMicros);
        try (AutoCloseable listening = observer.listen(address, network.remote)) {
            out.println("observing " + address.getAddress().getHostAddress() + ":" + address.getPort()
                    + (network.remote == 0 ? " (this host only)" : "") + "; Ctrl-C to stop");
            out.flush();
            new CountDownLatch(1).await();
        } catch (IOException e) {
            err.println("cannot listen to " + address.getAddress().getHostAddress() + ":" + address.getPort() + ": "
                    + e.getMessage());
            err.flush();
            return ExitCodes.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            err.println("observe stopped: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }
}
