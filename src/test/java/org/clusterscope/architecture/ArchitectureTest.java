package org.clusterscope.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN.md, checked on the compiled main classes. */
class ArchitectureTest {

    private static final String BASE = "org.clusterscope";
    private static final String[] SIMULATION_PACKAGES = {
        BASE + ".core..", BASE + ".engine..", BASE + ".event..", BASE + ".protocol..", BASE + ".node..", BASE + ".gdb.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
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
                .should().dependOnClassesThat().resideInAPackage(BASE + ".net.sim.."));
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
        rule.allowEmptyShould(true).check(classes);
    }
}
