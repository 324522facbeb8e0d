package org.clusterscope.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN.md, checked on the compiled main classes. */
class ArchitectureTest {

    private static final String BASE = "org.clusterscope";
    private static final String[] SIMULATION_PACKAGES = {
        BASE + ".core..", BASE + ".engine..", BASE + ".event..", BASE + ".net.sim..", BASE + ".protocol..",
        BASE + ".node..", BASE + ".gdb.."
    };

    /**
     * Packages of the table that have no classes yet. Only their rules may pass empty; when a package
     * arrives, {@link #packagesNotYetWrittenAreReallyAbsent()} fails until it leaves this set, so no
     * rule passes vacuously where a package exists.
     */
    private static final Set<String> NOT_YET_WRITTEN = Set.of();

    private static final String[] BELOW_RUNTIME = {
        "Engine", "NetSim", "NetReal", "Net", "Wire", "Node", "Protocol", "Gdb", "Topology", "Event", "Core"
    };
    private static final String[] SCENARIO = {"Scenario", "ScenarioIo", "ScenarioCheck", "ScenarioRun"};
    private static final String[] CALLER_VALUES = {"Topology", "Net", "Protocol", "Event", "Core"};

    /**
     * The package table of DESIGN.md, one row per layer: its packages and the layers it may use.
     * Readings of the table made explicit here: {@code net} and {@code scenario} are the packages
     * alone, their sub-packages are rows of their own; {@code node} may not use {@code engine} (time
     * comes through the {@code net} ports, rule 2); {@code cli} and {@code gui} may name the values a
     * command carries ({@code net}'s link settings and nemesis patterns, the protocol settings, which
     * {@link #guiAndCliNameOnlyProtocolSettings()} narrows further); {@code gui} may use {@code bench}
     * to add its frame figures.
     */
    private static final List<Row> TABLE = List.of(
            new Row("Core", "core.."),
            new Row("Engine", "engine..", "Core"),
            new Row("Event", "event..", "Core"),
            new Row("Net", "net", "Core"),
            new Row("NetSim", "net.sim..", "Net", "Engine", "Event", "Core"),
            new Row("NetReal", "net.real..", "Net", "Core"),
            new Row("Wire", "wire..", "Protocol", "Net", "Core"),
            new Row("Protocol", "protocol..", "Net", "Event", "Core"),
            new Row("Gdb", "gdb..", "Net", "Event", "Core"),
            new Row("Node", "node..", "Protocol", "Gdb", "Net", "Event", "Core"),
            new Row("Topology", "topology..", "Core"),
            new Row("Runtime", "runtime..", BELOW_RUNTIME),
            new Row("Scenario", "scenario", join(BELOW_RUNTIME, "Runtime")),
            new Row("ScenarioIo", "scenario.io..", join(BELOW_RUNTIME, "Runtime", "Scenario")),
            new Row("ScenarioCheck", "scenario.check..", join(BELOW_RUNTIME, "Runtime", "Scenario")),
            new Row("ScenarioRun", "scenario.run..", join(BELOW_RUNTIME, "Runtime", "Scenario", "ScenarioCheck")),
            new Row("Bench", "bench..", join(join(BELOW_RUNTIME, SCENARIO), "Runtime")),
            new Row("Cli", "cli..", join(join(CALLER_VALUES, SCENARIO), "Runtime", "Bench")),
            new Row("Gui", "gui..", join(join(CALLER_VALUES, SCENARIO), "Runtime", "Bench")));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void packagesKeepToTheirLayers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (Row row : TABLE) {
            String packages = BASE + "." + row.packages();
            layers = NOT_YET_WRITTEN.contains(row.packages())
                    ? layers.optionalLayer(row.layer()).definedBy(packages)
                    : layers.layer(row.layer()).definedBy(packages);
        }
        // the one class outside the table's packages: it puts the two leaves into one jar
        layers = layers.layer("Main").definedBy(name(BASE + ".Main"));
        for (Row row : TABLE) {
            layers = row.mayUse().length == 0
                    ? layers.whereLayer(row.layer()).mayNotAccessAnyLayer()
                    : layers.whereLayer(row.layer()).mayOnlyAccessLayers(row.mayUse());
        }
        layers.whereLayer("Main").mayOnlyAccessLayers("Cli", "Gui").check(classes);
    }

    @Test
    void noPackageTakesPartInACycle() {
        // (**) makes every package a slice of its own: gui.canvas and gui.bridge count apart. ArchUnit
        // 1.3.0 may not list every cycle at once (its search skips a cycle that is not reachable from
        // where it starts), but it fails whenever there is one: break what it reports, then run it again
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void packagesNotYetWrittenAreReallyAbsent() {
        for (String absent : NOT_YET_WRITTEN) {
            assertThat(classes.that(resideInAPackage(BASE + "." + absent)))
                    .as("%s has classes now: take it out of NOT_YET_WRITTEN so its rules stop passing empty", absent)
                    .isEmpty();
        }
    }

    @Test
    void guiAndCliNameOnlyProtocolSettings() {
        DescribedPredicate<JavaClass> settings = name(BASE + ".protocol.ProtocolConfig")
                .or(name(BASE + ".protocol.Strategy")).forSubtype();
        check(noClasses().that().resideInAnyPackage(BASE + ".gui..", BASE + ".cli..")
                .should().dependOnClassesThat(resideInAPackage(BASE + ".protocol..").and(not(settings))));
    }

    @Test
    void onlyTheGuiUsesJavaFx() {
        check(noClasses().that().resideOutsideOfPackage(BASE + ".gui..")
                .should().dependOnClassesThat().resideInAPackage("javafx.."));
    }

    @Test
    void jacksonStaysInFileAndCodecPackages() {
        check(noClasses().that().resideOutsideOfPackages(BASE + ".scenario.io..", BASE + ".wire..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.."));
        // within wire, only the JSON codec (and its nested classes): the bpacket codec is plain JDK
        check(noClasses().that().resideInAPackage(BASE + ".wire..")
                .and().haveNameNotMatching("org\\.clusterscope\\.wire\\.Json.*")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.."));
    }

    @Test
    void wireKnowsOnlyValuesTheNetPortsAndTheMessages() {
        // wire implements net.Codec for the messages of protocol.message, and nothing else
        check(noClasses().that().resideInAPackage(BASE + ".wire..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", BASE + ".wire..", BASE + ".core..",
                        BASE + ".net", BASE + ".protocol.message..", "com.fasterxml.jackson.."));
    }

    @Test
    void jgraphtStaysInTopologyAndSimulatedNetwork() {
        check(noClasses().that().resideOutsideOfPackages(BASE + ".topology..", BASE + ".net.sim..")
                .should().dependOnClassesThat().resideInAPackage("org.jgrapht.."));
    }

    @Test
    void simulationReadsNoWallClock() {
        check(noClasses().that().resideInAnyPackage(SIMULATION_PACKAGES)
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().dependOnClassesThat().belongToAnyOf(java.time.Clock.class));
    }

    @Test
    void simulationMakesNoRandomnessOfItsOwn() {
        check(noClasses().that().resideInAnyPackage(SIMULATION_PACKAGES)
                .should().dependOnClassesThat().belongToAnyOf(java.util.Random.class,
                        java.util.concurrent.ThreadLocalRandom.class, java.security.SecureRandom.class)
                .orShould().callMethod(Math.class, "random")
                .orShould().callMethod(java.util.UUID.class, "randomUUID"));
    }

    @Test
    void simulationStartsNoThreads() {
        check(noClasses().that().resideInAnyPackage(SIMULATION_PACKAGES)
                .should().dependOnClassesThat().belongToAnyOf(Thread.class, java.util.concurrent.Executors.class,
                        java.util.concurrent.ExecutorService.class, java.util.Timer.class));
    }

    @Test
    void simulatedAndRealNetworksDoNotKnowEachOther() {
        check(noClasses().that().resideInAPackage(BASE + ".net.sim..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".net.real.."));
        check(noClasses().that().resideInAPackage(BASE + ".net.real..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".net.sim..")
                .allowEmptyShould(NOT_YET_WRITTEN.contains("net.real..")));
    }

    @Test
    void theRealNetworkUsesOnlyTheNetPortsAndTheJdk() {
        // net.real carries the nodes' messages on JDK sockets, in a packet format handed to it
        // behind its own port (runtime gives it the wire's); it knows no protocol, node, event,
        // wire or runtime class (DESIGN.md: net, core, JDK networking)
        check(noClasses().that().resideInAPackage(BASE + ".net.real..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", BASE + ".net", BASE + ".net.real..",
                        BASE + ".core.."));
    }

    @Test
    void nodesDoNotKnowWhichNetworkCarriesThem() {
        check(noClasses().that().resideInAnyPackage(BASE + ".node..", BASE + ".protocol..", BASE + ".gdb..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".net.sim..", BASE + ".net.real..",
                        BASE + ".runtime..", BASE + ".scenario..", BASE + ".engine..", BASE + ".wire.."));
    }

    @Test
    void foundationPackagesStandAlone() {
        check(noClasses().that().resideInAPackage(BASE + ".core..")
                .should().dependOnClassesThat().resideInAPackage(BASE + "..")
                .andShould().dependOnClassesThat().resideOutsideOfPackages("java..", BASE + ".core.."));
        check(noClasses().that().resideInAnyPackage(BASE + ".engine..", BASE + ".event..", BASE + ".net",
                        BASE + ".topology..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".net.sim..", BASE + ".net.real..",
                        BASE + ".protocol..", BASE + ".node..", BASE + ".gdb..", BASE + ".scenario..",
                        BASE + ".runtime..", BASE + ".wire.."));
        check(noClasses().that().resideInAnyPackage(BASE + ".engine..", BASE + ".event..", BASE + ".net")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".topology.."));
    }

    @Test
    void guiAndCliAreLeaves() {
        check(noClasses().that().resideOutsideOfPackages(BASE + ".gui..", BASE + ".cli..")
                .and().doNotHaveFullyQualifiedName(BASE + ".Main")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".gui..", BASE + ".cli.."));
        check(noClasses().that().resideInAPackage(BASE + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".gui.."));
        check(noClasses().that().resideInAPackage(BASE + ".gui..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".cli.."));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    private static String[] join(String[] layers, String... more) {
        return Stream.concat(Arrays.stream(layers), Arrays.stream(more)).toArray(String[]::new);
    }

    /** One row of the package table: a layer, the packages that make it, the layers it may use. */
    private record Row(String layer, String packages, String... mayUse) {
    }
}
