package com.ssprviewer.ui.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.ui.common.MemoryPreferences;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class FilterModelTest {
    private static final Instant NOW = Instant.parse("2025-03-20T12:00:00Z");
    private ZoneId zone = ZoneOffset.UTC;
    private final FilterModel model = new FilterModel(Clock.fixed(NOW, ZoneOffset.UTC), () -> zone);

    @Test
    void withNothingChosenTheFilterRestrictsNothing() {
        assertEquals(EventFilter.NONE, model.filter());
        assertFalse(model.isFiltered());
    }

    @Test
    void presetsCountBackFromNow() {
        model.rangeProperty().set(DateRange.DAY);
        assertEquals(NOW.minusSeconds(24 * 3600), model.filter().from());
        assertNull(model.filter().to());

        model.rangeProperty().set(DateRange.WEEK);
        assertEquals(Instant.parse("2025-03-13T12:00:00Z"), model.filter().from());

        model.rangeProperty().set(DateRange.MONTH);
        assertEquals(Instant.parse("2025-02-18T12:00:00Z"), model.filter().from());

        model.rangeProperty().set(DateRange.ALL);
        assertNull(model.filter().from());
    }

    @Test
    void customDaysAreWholeDaysInTheShownZoneWithTheLastDayIncluded() {
        model.rangeProperty().set(DateRange.CUSTOM);
        model.fromDayProperty().set(LocalDate.of(2025, 3, 5));
        model.toDayProperty().set(LocalDate.of(2025, 3, 11));
        assertEquals(Instant.parse("2025-03-05T00:00:00Z"), model.filter().from());
        assertEquals(Instant.parse("2025-03-12T00:00:00Z"), model.filter().to());

        zone = ZoneId.of("Europe/Stockholm");
        model.recompute();
        assertEquals(Instant.parse("2025-03-04T23:00:00Z"), model.filter().from());
    }

    @Test
    void everyChoiceReachesTheFilterAndBlankTextsDoNot() {
        model.services().add("Core Directory");
        model.categories().add("UserManagement");
        model.activities().add("Update user");
        model.statuses().add(Status.FAILURE);
        model.results().add(Outcome.BLOCKED);
        model.methods().add(Method.MOBILE_PHONE);
        model.initiatedByProperty().set(" alex ");
        model.targetProperty().set("   ");
        model.userProperty().set("megan");
        model.textProperty().set("sms");

        EventFilter f = model.filter();
        assertEquals(Set.of("Core Directory"), f.services());
        assertEquals(Set.of("UserManagement"), f.categories());
        assertEquals(Set.of("Update user"), f.activities());
        assertEquals(Set.of(Status.FAILURE), f.statuses());
        assertEquals(Set.of(Outcome.BLOCKED), f.results());
        assertEquals(Set.of(Method.MOBILE_PHONE), f.methods());
        assertEquals("alex", f.initiatedBy());
        assertNull(f.target());
        assertEquals("megan", f.user());
        assertEquals("sms", f.text());
    }

    @Test
    void categoriesAreOfferedWithinTheChosenServicesAndActivitiesWithinBoth() {
        model.rangeProperty().set(DateRange.WEEK);
        model.services().add("Core Directory");
        model.categories().add("UserManagement");
        model.statuses().add(Status.SUCCESS);

        assertEquals(Set.of(), model.serviceScope().services());
        assertEquals(NOW.minusSeconds(7 * 86400), model.serviceScope().from());
        assertEquals(Set.of("Core Directory"), model.categoryScope().services());
        assertEquals(Set.of(), model.categoryScope().categories());
        assertEquals(Set.of("UserManagement"), model.activityScope().categories());
        assertEquals(Set.of(), model.activityScope().statuses());
    }

    @Test
    void clearingRemovesEverythingInOneChange() {
        model.services().add("Core Directory");
        model.textProperty().set("x");
        model.correlationIdProperty().set("abc");
        List<EventFilter> changes = new ArrayList<>();
        model.filterProperty().addListener((obs, old, now) -> changes.add(now));

        model.clear();

        assertEquals(List.of(EventFilter.NONE), changes);
    }

    @Test
    void aPresetFilterIsShownAsTheBarsState() {
        EventFilter preset = EventFilter.builder().correlationId("corr-1").user("alex")
                .from(Instant.parse("2025-03-05T00:00:00Z")).to(Instant.parse("2025-03-06T00:00:00Z")).build();

        model.apply(preset);

        assertEquals(DateRange.CUSTOM, model.rangeProperty().get());
        assertEquals(LocalDate.of(2025, 3, 5), model.toDayProperty().get());
        assertEquals(preset, model.filter());
        assertTrue(model.isFiltered());
    }

    @Test
    void filtersAreRememberedAndRestored() {
        Preferences node = new MemoryPreferences();
        FilterMemory memory = new FilterMemory(node);
        memory.follow(model);
        model.rangeProperty().set(DateRange.CUSTOM);
        model.fromDayProperty().set(LocalDate.of(2025, 3, 1));
        model.services().addAll(Set.of("Core Directory", "Self-service Password Management"));
        model.statuses().add(Status.FAILURE);
        model.results().add(Outcome.CONTACTED_ADMIN);
        model.methods().add(Method.OFFICE_PHONE);
        model.targetProperty().set("megan");

        FilterModel restored = new FilterModel(Clock.fixed(NOW, ZoneOffset.UTC), () -> zone);
        new FilterMemory(node).restore(restored);

        assertEquals(model.filter(), restored.filter());
    }

    @Test
    void aDamagedMemoryIsSkippedRatherThanFailing() {
        Preferences node = new MemoryPreferences();
        node.put("range", "FORTNIGHT");
        node.put("statuses", "FAILURE\nNOPE");
        node.put("fromDay", "yesterday");

        new FilterMemory(node).restore(model);

        assertEquals(DateRange.ALL, model.rangeProperty().get());
        assertEquals(Set.of(Status.FAILURE), model.filter().statuses());
        assertNull(model.fromDayProperty().get());
    }
}
