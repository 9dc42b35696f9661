package no.sirkel.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The optimizer is a library of its own: it runs from the command line without the service, so it may not reach into
 * Spring, Reactor, R2DBC or any of the service's packages; and the service uses only its declared API.
 */
@AnalyzeClasses(packages = "no.sirkel", importOptions = ImportOption.DoNotIncludeTests.class)
class OptimizerIsolationTest {

    @ArchTest
    static final ArchRule optimizerUsesNoFrameworkOfTheService = noClasses()
            .that().resideInAPackage("no.sirkel.optimizer..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "reactor..", "io.r2dbc..", "io.netty..")
            .because("the optimizer runs without the service (the solve command, benchmarks)");

    @ArchTest
    static final ArchRule optimizerUsesNoServicePackage = noClasses()
            .that().resideInAPackage("no.sirkel.optimizer..")
            .should().dependOnClassesThat().resideOutsideOfPackages("no.sirkel.optimizer..", "java..", "javax..",
                    "org.optaplanner..", "com.google.ortools..", "com.google.protobuf..", "org.locationtech.jts..",
                    "tools.jackson..", "com.fasterxml.jackson.annotation..", "org.slf4j..", "")
            .because("only the optimizer's own code and its solver, bound and geometry libraries belong there");

    /** What the service may use of the optimizer; everything else there is the optimizer's own business. */
    static final String[] OPTIMIZER_API = {"no.sirkel.optimizer", "no.sirkel.optimizer.problem",
            "no.sirkel.optimizer.plan", "no.sirkel.optimizer.explain", "no.sirkel.optimizer.rules",
            "no.sirkel.optimizer.cli"};

    @ArchTest
    static final ArchRule serviceUsesOnlyTheOptimizersDeclaredApi = noClasses()
            .that().resideInAPackage("no.sirkel..").and().resideOutsideOfPackage("no.sirkel.optimizer..")
            .should().dependOnClassesThat(resideInAPackage("no.sirkel.optimizer..")
                    .and(not(resideInAnyPackage(OPTIMIZER_API))))
            .because("the optimizer's algorithms may change behind Optimizer, its formats and its rules");
}
