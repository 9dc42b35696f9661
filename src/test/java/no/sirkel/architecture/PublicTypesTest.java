package no.sirkel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * A feature's public types are its API, so each one must have a caller outside its package: a public type that
 * only its own package uses is an internal that says otherwise, and package-private is its honest visibility. The
 * optimizer, a library with an API of its own, is left to {@link OptimizerIsolationTest}.
 */
@AnalyzeClasses(packages = "no.sirkel", importOptions = ImportOption.DoNotIncludeTests.class)
class PublicTypesTest {

    /** The application's entry point, which the launcher calls and no class of the service depends on. */
    private static final String APPLICATION = "no.sirkel.SirkelApplication";

    @ArchTest
    static final ArchRule everyPublicTypeHasACallerOutsideItsPackage = classes()
            .that().resideInAPackage("no.sirkel..").and().resideOutsideOfPackage("no.sirkel.optimizer..")
            .and().haveModifier(JavaModifier.PUBLIC).and(topLevel()).and().doNotHaveFullyQualifiedName(APPLICATION)
            .should(beUsedOutsideTheirPackage())
            .because("a public type that only its own package uses should be package-private");

    private static DescribedPredicate<JavaClass> topLevel() {
        return DescribedPredicate.describe("are top-level types", JavaClass::isTopLevelClass);
    }

    private static ArchCondition<JavaClass> beUsedOutsideTheirPackage() {
        return new ArchCondition<>("be used outside their package") {
            private final JavaClasses classes = new ClassFileImporter()
                    .withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("no.sirkel");

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean usedOutside = type.getDirectDependenciesToSelf().stream()
                        .anyMatch(dependency -> outside(dependency.getOriginClass(), type))
                        || inTheSignatureOfCodeUsedOutside(type)
                        || constantsInAnnotationsOutside(type, classes);
                events.add(new SimpleConditionEvent(type, usedOutside,
                        type.getName() + (usedOutside ? " is" : " is not") + " used outside its package"));
            }
        };
    }

    /**
     * Whether a method or constructor of the type's package that takes or gives the type (also as a type argument,
     * as in {@code Mono<List<T>>}) is called or referenced from outside the package: a caller there then depends on
     * the type although its byte code, where the type is only inferred, need not name it.
     */
    private static boolean inTheSignatureOfCodeUsedOutside(JavaClass type) {
        return type.getPackage().getClasses().stream()
                .flatMap(owner -> owner.getCodeUnits().stream())
                .filter(code -> Stream.concat(Stream.of(code.getReturnType()), code.getParameterTypes().stream())
                        .anyMatch(signatureType -> signatureType.getAllInvolvedRawTypes().contains(type)))
                .anyMatch(code -> code.getAccessesToSelf().stream()
                        .anyMatch(access -> outside(access.getOriginOwner(), type)));
    }

    /**
     * Whether an annotation outside the type's package carries the value of one of the type's public string
     * constants, as an API document's shared descriptions are: javac copies a constant's value into its user's byte
     * code, so that no dependency on the type that holds it remains to be seen.
     */
    private static boolean constantsInAnnotationsOutside(JavaClass type, JavaClasses classes) {
        Set<Object> constants = Arrays.stream(type.reflect().getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())
                        && field.getType() == String.class)
                .map(PublicTypesTest::value)
                .collect(Collectors.toSet());
        return !constants.isEmpty() && classes.stream()
                .filter(other -> outside(other, type))
                .flatMap(other -> Stream.concat(Stream.of(other), other.getMembers().stream())
                        .flatMap(annotated -> annotated.getAnnotations().stream()))
                .flatMap(annotation -> annotation.getProperties().values().stream())
                .anyMatch(constants::contains);
    }

    private static Object value(Field constant) {
        try {
            return constant.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean outside(JavaClass origin, JavaClass type) {
        return !origin.getPackageName().equals(type.getPackageName());
    }
}
