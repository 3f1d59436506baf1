package com.ssprviewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DetailsCatalogTest {

    @Test
    void theCatalogHoldsThe35PublishedDetailsWithTheirResults() {
        assertEquals(35, DetailsCatalog.entries().size());
        Map<Outcome, Long> perResult = DetailsCatalog.entries().stream()
                .collect(Collectors.groupingBy(DetailsEntry::result, Collectors.counting()));
        assertEquals(13L, perResult.get(Outcome.ABANDONED));
        assertEquals(5L, perResult.get(Outcome.BLOCKED));
        assertEquals(2L, perResult.get(Outcome.CANCELED));
        assertEquals(5L, perResult.get(Outcome.CONTACTED_ADMIN));
        assertEquals(9L, perResult.get(Outcome.FAILED));
        assertEquals(1L, perResult.get(Outcome.SUCCEEDED));
    }

    @Test
    void detailsMatchIgnoringCaseSpacesAFinalPeriodAndTheBritishCancelled() {
        assertEquals(19, DetailsCatalog.find("  user CANCELLED before passing the required authentication methods. ")
                .orElseThrow().number());
        assertEquals(29, DetailsCatalog.find("User's account has insufficient authentication methods defined. "
                + "Add authentication info to resolve this ").orElseThrow().number());
        assertEquals(33, DetailsCatalog.find("This user is not a member of the password reset users group. "
                + "Add this user to that group to resolve this").orElseThrow().number());
    }

    @Test
    void unknownReasonsAreKeptAsTheyAre() {
        assertTrue(DetailsCatalog.find("FuzzyPolicyViolationInvalidPassword").isEmpty());
        assertEquals("FuzzyPolicyViolationInvalidPassword",
                DetailsCatalog.canonical(" FuzzyPolicyViolationInvalidPassword "));
    }

    @Test
    void everyDetailsThatNamesAFixCarriesIt() {
        Map<Integer, DetailsEntry> byNumber = DetailsCatalog.entries().stream()
                .collect(Collectors.toMap(DetailsEntry::number, Function.identity()));
        for (int n : new int[] {26, 27, 29, 30, 31, 32, 33, 34}) {
            assertTrue(byNumber.get(n).fixText().isPresent(), "row " + n + " names a fix");
        }
        assertEquals("You can enable Password Writeback to resolve this.", byNumber.get(30).fix());
        assertTrue(Arrays.stream(new int[] {1, 14, 19, 21, 28, 35}).allMatch(n -> byNumber.get(n).fix() == null));
    }
}
