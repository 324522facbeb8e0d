package org.clusterscope.cli;

import java.nio.file.Path;
import java.util.function.ToIntFunction;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command of {@code clusterscope.jar}; the subcommands do the work. */
@Command(name = "clusterscope",
        mixinStandardHelpOptions = true,
        version = "ClusterScope 0.1.0",
        description = "Simulates cluster topologies: discovery, failure detection and quorum elections.%n"
                + "Without arguments, opens the desktop app with the default demo; open FILE opens it with FILE.",
        subcommands = {BenchCommand.class, RunCommand.class, ValidateCommand.class, FuzzCommand.class,
            NodeCommand.class, ObserveCommand.class, FuzzInputCommand.class})
public final class ClusterScopeCommand implements Runnable {

    /** The command line with every subcommand but {@code open}, ready to execute. */
    public static CommandLine commandLine() {
        return new CommandLine(new ClusterScopeCommand());
    }

    /**
     * The command line with {@code open} too, which hands a valid file to {@code opener}; the
     * opener's result is the exit status of {@code open}.
     */
    public static CommandLine commandLine(ToIntFunction<Path> opener) {
        return commandLine().addSubcommand(new OpenCommand(opener));
    }

    /** The same, with an opener told whether {@code open --live} was asked for. */
    public static CommandLine commandLine(OpenCommand.Opener opener) {
        return commandLine().addSubcommand(new OpenCommand(opener));
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
