package com.ssprviewer;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: ui and cli use report, insight, store, importer, model; never the reverse. Inside the
 * store, everything else goes through the facade: its schema, imports and paging are the store's own business.
 */
class ArchitectureTest {

    private static final String STORE_SCHEMA = "com.ssprviewer.store.schema..";
    private static final String STORE_IMPORTS = "com.ssprviewer.store.imports..";
    private static final String STORE_PAGING = "com.ssprviewer.store.paging..";

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.ssprviewer");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("com.ssprviewer.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theModelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("..model..").should().dependOnClassesThat()
                .resideInAnyPackage("..importer..", "..store..", "..insight..", "..report..", "..cli..", "..ui..",
                        "..sample..", "com.ssprviewer.lists..", "..handoff..")
                .check(classes);
    }

    @Test
    void importersOnlyKnowTheModel() {
        noClasses().that().resideInAPackage("..importer..").should().dependOnClassesThat()
                .resideInAnyPackage("..store..", "..insight..", "..report..", "..cli..", "..ui..", "..sample..",
                        "com.ssprviewer.lists..", "..handoff..")
                .check(classes);
    }

    @Test
    void theStoreKnowsNeitherAnswersNorScreens() {
        noClasses().that().resideInAPackage("..store..").should().dependOnClassesThat()
                .resideInAnyPackage("..insight..", "..report..", "..cli..", "..ui..", "..sample..", "javafx..",
                        "com.ssprviewer.lists..", "..handoff..")
                .check(classes);
    }

    /**
     * Handing an import from a command to the window lives below both (a test stands in for the window with it): it
     * knows the store, the importers and the work package, never a screen or the command line.
     */
    @Test
    void theHandOffBetweenProcessesKnowsNeitherScreensNorTheCommandLine() {
        noClasses().that().resideInAPackage("com.ssprviewer.handoff..").should().dependOnClassesThat()
                .resideInAnyPackage("..insight..", "..report..", "..cli..", "..ui..", "..sample..", "javafx..",
                        "com.ssprviewer.lists..")
                .check(classes);
        noClasses().that().resideInAnyPackage("..insight..", "..report..", "..sample..", "com.ssprviewer.lists..")
                .should().dependOnClassesThat().resideInAPackage("com.ssprviewer.handoff..")
                .check(classes);
    }

    @Test
    void onlyTheStoreReachesIntoItsSchemaImportsAndPaging() {
        noClasses().that().resideOutsideOfPackage("com.ssprviewer.store..").should().dependOnClassesThat()
                .resideInAnyPackage(STORE_SCHEMA, STORE_IMPORTS, STORE_PAGING)
                .check(classes);
    }

    @Test
    void importsAndPagingShareOnlyTheSchema() {
        noClasses().that().resideInAPackage(STORE_IMPORTS).should().dependOnClassesThat()
                .resideInAPackage(STORE_PAGING)
                .check(classes);
        noClasses().that().resideInAPackage(STORE_PAGING).should().dependOnClassesThat()
                .resideInAPackage(STORE_IMPORTS)
                .check(classes);
    }

    @Test
    void theSchemaKnowsNeitherImportsNorPaging() {
        noClasses().that().resideInAPackage(STORE_SCHEMA).should().dependOnClassesThat()
                .resideInAnyPackage(STORE_IMPORTS, STORE_PAGING)
                .check(classes);
    }

    @Test
    void theStoresInsidesAndValuesNeverUseItsFacade() {
        noClasses().that().resideInAnyPackage("com.ssprviewer.store.*..").should().dependOnClassesThat()
                .resideInAPackage("com.ssprviewer.store")
                .check(classes);
    }

    @Test
    void theValuesCallersSeeDependOnNoneOfTheStoresInsides() {
        noClasses().that().resideInAnyPackage("com.ssprviewer.store.api..", "com.ssprviewer.store.query..")
                .should().dependOnClassesThat().resideInAnyPackage(STORE_SCHEMA, STORE_IMPORTS, STORE_PAGING)
                .check(classes);
    }

    @Test
    void theListDefinitionsKnowOnlyTheStoreAndTheModel() {
        noClasses().that().resideInAPackage("com.ssprviewer.lists..").should().dependOnClassesThat()
                .resideInAnyPackage("..importer..", "..insight..", "..report..", "..cli..", "..ui..", "..sample..",
                        "javafx..")
                .check(classes);
    }

    @Test
    void answersAndReportsNeverReachIntoTheCommandLineOrTheWindow() {
        noClasses().that().resideInAnyPackage("..insight..", "..report..", "..sample..").should()
                .dependOnClassesThat().resideInAnyPackage("..cli..", "..ui..")
                .check(classes);
    }

    @Test
    void theWindowAndTheCommandLineAreIndependent() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().resideInAPackage("..cli..")
                .check(classes);
        noClasses().that().resideInAPackage("..cli..").should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void threadsAndProgressDependOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("com.ssprviewer.work..").should().dependOnClassesThat(
                resideInAPackage("com.ssprviewer..").and(resideOutsideOfPackage("com.ssprviewer.work.."))
                        .or(resideInAPackage("javafx..")))
                .check(classes);
    }

    @Test
    void onlyTheWorkPackageMakesThreads() {
        noClasses().that().resideOutsideOfPackage("com.ssprviewer.work..")
                .should().dependOnClassesThat().belongToAnyOf(Executors.class, ThreadFactory.class)
                .orShould().callConstructorWhere(target(owner(assignableTo(Thread.class))))
                .check(classes);
    }

    @Test
    void theStoreHoldsEnumsByTheirCodesNeverByPositionOrName() {
        classes().that().resideInAPackage("..store..").and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should(new EnumsByCode())
                .check(classes);
    }
}
