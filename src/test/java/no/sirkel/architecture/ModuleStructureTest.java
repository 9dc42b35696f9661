package no.sirkel.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import no.sirkel.SirkelApplication;

/**
 * The service's modules as Spring Modulith sees them: each direct subpackage of {@code no.sirkel} is one, its public
 * types in that package its API, its subpackages internal. A module may depend only on the modules its
 * {@code package-info.java} lists in {@code @ApplicationModule(allowedDependencies = ...)}, only on their API, and no
 * dependencies may form a cycle. The optimizer is left out: {@link OptimizerIsolationTest} guards its API.
 *
 * <p>A new feature declares itself with a {@code package-info.java} in its package: a Javadoc saying what it does and
 * which tables it owns, and {@code @ApplicationModule(displayName = ..., allowedDependencies = {...})} naming the
 * modules it uses (the shared kernels {@code web}, {@code geo}, {@code security} included); its tables go into
 * {@link TableOwnershipTest#OWNERS}.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES =
            ApplicationModules.of(SirkelApplication.class, resideInAPackage("no.sirkel.optimizer.."));

    @Test
    void modulesUseOnlyTheModulesTheyDeclareThroughTheirApiWithoutCycles() {
        MODULES.verify();
    }
}
