package com.ssprviewer.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Feature blades build on ui.common alone; the shell wires them, so ui.common must never reach back into it. */
class UiDependencyTest {
    private final JavaClasses ui = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.ssprviewer.ui");

    @Test
    void theCommonPlumbingDoesNotDependOnTheShell() {
        noClasses().that().resideInAPackage("com.ssprviewer.ui.common..")
                .should().dependOnClassesThat().resideInAPackage("com.ssprviewer.ui.shell..")
                .check(ui);
    }

    /**
     * StoreAccess only names the store so feature blades can share the open one; ReportSource only names the query
     * filter and sort, so a blade can say what its printed report shows.
     */
    @Test
    void theCommonPlumbingStaysFreeOfStoreAndImporter() {
        noClasses().that().resideInAPackage("com.ssprviewer.ui.common..")
                .and().haveNameNotMatching(".*\\.(StoreAccess|ReportSource)(\\$.*)?")
                .should().dependOnClassesThat()
                .resideInAnyPackage("com.ssprviewer.store..", "com.ssprviewer.importer..")
                .check(ui);
    }
}
