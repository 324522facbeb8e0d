package org.clusterscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.clusterscope.scenario.InvalidScenarioException;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.ScenarioError;
import org.clusterscope.scenario.io.ScenarioReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate FILE…}: checks scenario files without running them (SCENARIO_FORMAT.md "The
 * command line"). Prints one line per valid file and every error of every invalid one; exits 0
 * when all are valid, 2 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks scenario files without running them. Exit 0 when all are valid, 2 otherwise.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files to check.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = SafeWriter.of(spec.commandLine().getOut());
        PrintWriter err = SafeWriter.of(spec.commandLine().getErr());
        ScenarioReader reader = new ScenarioReader();
        int invalid = 0;
        for (Path file : files) {
            try {
                Scenario scenario = reader.read(file);
                out.println(file + ": ok (" + scenario.roster().nodes().size() + " nodes, " + scenario.events().size()
                        + " events, " + scenario.expect().size() + " expectations)");
            } catch (InvalidScenarioException e) {
                invalid++;
                for (ScenarioError error : e.errors()) {
                    err.println(error);
                }
            }
        }
        out.flush();
        err.flush();
        if (invalid > 0 && files.size() > 1) {
            err.println(invalid + " of " + files.size() + " files are invalid");
            err.flush();
        }
        return invalid == 0 ? 0 : ExitCodes.INVALID;
    }
}
