package com.ssprviewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.store.api.SnapshotList;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.schema.SortOrders;
import com.ssprviewer.store.schema.ValueCounts;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every constant that stores hold has a code of its own, and the codes are those stores already hold: the ordinals
 * and the names and labels that release 0.1.0 wrote and hashed.
 */
class StoredCodesTest {

    /** A fixture of the check: one code shared, one missing. */
    enum Broken implements StoredCode<Integer> {
        FIRST(1), SECOND(1), THIRD(null);

        private final Integer code;

        Broken(Integer code) {
            this.code = code;
        }

        @Override
        public Integer code() {
            return code;
        }
    }

    @Test
    void everyConstantOfEveryStoredEnumHasACodeOfItsOwn() {
        List<Class<?>> stored = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.ssprviewer")
                .stream().filter(c -> c.isEnum() && c.isAssignableTo(StoredCode.class))
                .map(JavaClass::reflect).toList();
        assertTrue(stored.containsAll(List.of(Method.class, EventKind.class, Status.class, Outcome.class)),
                stored::toString);
        List<String> problems = new ArrayList<>();
        stored.forEach(type -> problems.addAll(problems(type)));
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsASharedAndAMissingCode() {
        assertEquals(List.of("Broken.SECOND shares code 1 with Broken.FIRST", "Broken.THIRD has no code"),
                problems(Broken.class));
        assertThrows(IllegalStateException.class, () -> StoredCode.byCode(Broken.class));
    }

    @Test
    void codesAreTheOrdinalsAndLabelsThatStoresAlreadyHold() {
        assertEquals(Map.of(Method.ALTERNATE_EMAIL, 0, Method.OFFICE_PHONE, 1, Method.MOBILE_PHONE, 2,
                Method.SECURITY_QUESTIONS, 3, Method.AUTHENTICATOR_APP, 4), of(Method.class, Method::code));
        assertEquals(Map.of(EventKind.AUDIT, 0, EventKind.CLASSIC_RESET, 1, EventKind.CLASSIC_REGISTRATION, 2),
                of(EventKind.class, EventKind::code));
        assertEquals(Map.of(ListKind.EVENTS, 1, ListKind.ATTEMPTS, 2, ListKind.REGISTRATIONS, 3, ListKind.POLICY, 4),
                of(ListKind.class, ListKind::code));
        assertEquals(Map.of(SnapshotList.ENABLED_NOT_REGISTERED, 1, SnapshotList.ADMINS_NOT_CAPABLE, 2,
                SnapshotList.METHODS_UNKNOWN, 3, SnapshotList.NEWLY_REGISTERED, 4, SnapshotList.LOST_REGISTRATION, 5,
                SnapshotList.NEW_USERS, 6, SnapshotList.GONE_USERS, 7), of(SnapshotList.class, SnapshotList::code));
        assertEquals(Map.of(SortOrders.Field.TARGET, 1, SortOrders.Field.IP, 2, SortOrders.Field.INITIATED_BY, 3),
                of(SortOrders.Field.class, SortOrders.Field::code));
        assertEquals(Map.of(ValueCounts.Field.SERVICE, 1, ValueCounts.Field.CATEGORY, 2, ValueCounts.Field.ACTIVITY, 3,
                ValueCounts.Field.STATUS, 4, ValueCounts.Field.REASON, 5, ValueCounts.Field.RESULT, 6,
                ValueCounts.Field.METHODS, 7, ValueCounts.Field.DETAILS, 8),
                of(ValueCounts.Field.class, ValueCounts.Field::code));
        assertEquals(Map.of(Status.SUCCESS, "Success", Status.FAILURE, "Failure", Status.TIMEOUT, "Timeout",
                Status.UNKNOWN, "Unknown"), of(Status.class, Status::code));
        assertEquals(Map.of(Outcome.SUCCEEDED, "Succeeded", Outcome.FAILED, "Failed", Outcome.ABANDONED, "Abandoned",
                Outcome.BLOCKED, "Blocked", Outcome.CANCELED, "Canceled", Outcome.CONTACTED_ADMIN, "Contacted admin"),
                of(Outcome.class, Outcome::code));
    }

    @Test
    void keyTextsAreTheNamesThatDeDuplicationKeysAlreadyHash() {
        assertEquals(Map.of(EventKind.AUDIT, "AUDIT", EventKind.CLASSIC_RESET, "CLASSIC_RESET",
                EventKind.CLASSIC_REGISTRATION, "CLASSIC_REGISTRATION"), of(EventKind.class, EventKind::keyText));
        assertEquals(Map.of(Status.SUCCESS, "SUCCESS", Status.FAILURE, "FAILURE", Status.TIMEOUT, "TIMEOUT",
                Status.UNKNOWN, "UNKNOWN"), of(Status.class, Status::keyText));
        assertEquals(Map.of(Outcome.SUCCEEDED, "SUCCEEDED", Outcome.FAILED, "FAILED", Outcome.ABANDONED, "ABANDONED",
                Outcome.BLOCKED, "BLOCKED", Outcome.CANCELED, "CANCELED", Outcome.CONTACTED_ADMIN, "CONTACTED_ADMIN"),
                of(Outcome.class, Outcome::keyText));
    }

    @Test
    void everyCodeReadsBackAsItsConstant() {
        for (Method m : Method.values()) {
            assertSame(m, Method.ofCode(m.code()));
        }
        for (EventKind k : EventKind.values()) {
            assertSame(k, EventKind.ofCode(k.code()));
        }
        for (Status s : Status.values()) {
            assertSame(s, Status.ofCode(s.code()));
        }
        for (Outcome o : Outcome.values()) {
            assertSame(o, Outcome.ofCode(o.code()));
        }
        assertThrows(IllegalArgumentException.class, () -> Method.ofCode(5));
        assertThrows(IllegalArgumentException.class, () -> EventKind.ofCode(3));
        assertThrows(IllegalArgumentException.class, () -> Outcome.ofCode("Contacted Admin"));
        assertSame(Status.UNKNOWN, Status.ofCode("Pending"));
    }

    private static List<String> problems(Class<?> type) {
        List<String> problems = new ArrayList<>();
        Map<Object, String> seen = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            String name = type.getSimpleName() + "." + ((Enum<?>) constant).name();
            Object code = ((StoredCode<?>) constant).code();
            String earlier = code == null ? null : seen.putIfAbsent(code, name);
            if (code == null) {
                problems.add(name + " has no code");
            } else if (earlier != null) {
                problems.add(name + " shares code " + code + " with " + earlier);
            }
        }
        return problems;
    }

    private static <E extends Enum<E>, V> Map<E, V> of(Class<E> type, Function<E, V> value) {
        Map<E, V> values = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            values.put(constant, value.apply(constant));
        }
        return values;
    }
}
