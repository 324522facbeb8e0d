package org.clusterscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command of {@code clusterscope.jar}; the subcommands do the work. */
@Command(name = "clusterscope",
        mixinStandardHelpOptions = true,
        version = "ClusterScope 0.1.0",
        description = "Simulates cluster topologies: discovery, failure detection and quorum elections.%n"
                + "Without arguments, opens the desktop app.",
        subcommands = {BenchCommand.class, RunCommand.class, ValidateCommand.class, FuzzCommand.class})
public final class ClusterScopeCommand implements Runnable {

    /** The command line with every subcommand, ready to execute. */
    public static CommandLine commandLine() {
        return new CommandLine(new ClusterScopeCommand());
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
