package org.clusterscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

import org.clusterscope.scenario.InvalidScenarioException;
import org.clusterscope.scenario.ScenarioError;
import org.clusterscope.scenario.io.ScenarioReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code open FILE}: opens the desktop app with a scenario file instead of the default demo. The
 * file is checked first, so a broken one is refused here with every error, as {@code validate}
 * would print them, rather than in a window. Opening the window is left to whoever builds the
 * command line ({@code Main}), since the command line does not know the desktop app.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Opens the desktop app with a scenario file. Exit 2 if the file is invalid or there is no display.")
public final class OpenCommand implements Callable<Integer> {

    private final Opener opener;

    /** Opens the desktop app on a valid file, on real sockets when {@code live}; returns the exit status. */
    @FunctionalInterface
    public interface Opener {
        int open(Path file, boolean live);
    }

    @picocli.CommandLine.Option(names = "--live",
            description = "Start the topology at once on real sockets (Simulation ▸ Run on Real Sockets).")
    boolean live;

    @Parameters(paramLabel = "FILE", description = "The scenario to open.")
    Path file;

    @Spec
    CommandSpec spec;

    /**
     * @param opener opens the desktop app on a valid file and returns its exit status when the
     *     window closes (2 when there is no display to open it on)
     */
    public OpenCommand(ToIntFunction<Path> opener) {
        Objects.requireNonNull(opener, "opener");
        this.opener = (file, live) -> opener.applyAsInt(file);
    }

    /** @param opener as above, told whether {@code --live} was given */
    public OpenCommand(Opener opener) {
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    @Override
    public Integer call() {
        try {
            new ScenarioReader().read(file);
        } catch (InvalidScenarioException e) {
            PrintWriter err = SafeWriter.of(spec.commandLine().getErr());
            for (ScenarioError error : e.errors()) {
                err.println(error);
            }
            err.flush();
            return ExitCodes.INVALID;
        }
        return opener.open(file, live);
    }
}
