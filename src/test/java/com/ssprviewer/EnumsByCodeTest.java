package com.ssprviewer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Status;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link EnumsByCode} finds each way of holding an enum by position or name, and lets a plain switch pass. */
class EnumsByCodeTest {

    static final class ByPosition {

        int ordinal(Status s) {
            return s.ordinal();
        }

        String name(TimeUnit unit) {
            return unit.name();
        }

        Status valueOf(String name) {
            return Status.valueOf(name);
        }

        Method byIndex(int i) {
            return Method.values()[i];
        }
    }

    static final class ByCode {

        int code(Status s) {
            return switch (s) {
                case SUCCESS -> 1;
                case FAILURE, TIMEOUT, UNKNOWN -> 2;
            };
        }

        Method byCode(int code) {
            return Method.ofCode(code);
        }
    }

    @Test
    void everyPositionalOrNamedUseIsAViolation() {
        assertEquals(List.of("name", "ordinal", "valueOf", "values"), violatedCalls(ByPosition.class));
    }

    @Test
    void aSwitchAndALookUpByCodeAreNot() {
        assertEquals(List.of(), violatedCalls(ByCode.class));
    }

    private static List<String> violatedCalls(Class<?> type) {
        JavaClasses classes = new ClassFileImporter().importClasses(type);
        EvaluationResult result = classes().that().haveFullyQualifiedName(type.getName())
                .should(new EnumsByCode()).evaluate(classes);
        return result.getFailureReport().getDetails().stream()
                .map(d -> d.replaceAll(".*calls method <[^>]*\\.(\\w+)\\(.*", "$1")).sorted().toList();
    }
}
