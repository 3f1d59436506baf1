package com.ssprviewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MethodAndOutcomeTest {

    @Test
    void classicMethodCombinationsReadInEitherCapitalisation() {
        assertEquals(List.of(Method.ALTERNATE_EMAIL, Method.MOBILE_PHONE),
                Method.parseList("Alternate email + Mobile Phone"));
        assertEquals(List.of(Method.SECURITY_QUESTIONS), Method.parseList("security questions"));
        assertEquals(List.of(), Method.parseList(""));
    }

    @Test
    void stepNamesMapToTheFiveCanonicalMethods() {
        assertEquals(Method.MOBILE_PHONE, Method.fromStepName("mobile SMS").orElseThrow());
        assertEquals(Method.MOBILE_PHONE, Method.fromStepName("mobile voice call").orElseThrow());
        assertEquals(Method.OFFICE_PHONE, Method.fromStepName("office voice call").orElseThrow());
        assertEquals(Method.ALTERNATE_EMAIL, Method.fromStepName("email").orElseThrow());
        assertEquals(Method.AUTHENTICATOR_APP, Method.fromStepName("mobile app code").orElseThrow());
        assertEquals(Method.AUTHENTICATOR_APP, Method.fromStepName("mobile app notification").orElseThrow());
    }

    @Test
    void outcomesAcceptTheSpellingsSeenInExportsAndPrintOneSpelling() {
        assertEquals(Outcome.CANCELED, Outcome.parse("Cancelled").orElseThrow());
        assertEquals(Outcome.CONTACTED_ADMIN, Outcome.parse("Contacted Admin").orElseThrow());
        assertEquals("Contacted admin", Outcome.CONTACTED_ADMIN.label());
        assertTrue(Outcome.parse("Maybe").isEmpty());
    }
}
