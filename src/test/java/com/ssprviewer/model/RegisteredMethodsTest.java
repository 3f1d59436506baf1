package com.ssprviewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which audit records say what a user registered, and what they say. */
class RegisteredMethodsTest {

    private static Set<Method> reason(String reason) {
        return RegisteredMethods.stated(reason, List.of(), List.of());
    }

    private static Set<Method> property(String name, String newValue) {
        Target t = new Target("User", "Renée O'Connor", "oid", "renee.oconnor@fabrikam.com",
                List.of(new ModifiedProperty(name, "[]", newValue)));
        return RegisteredMethods.stated("", List.of(t), List.of());
    }

    @Test
    void theReasonOfARegisteredSecurityInfoRecordNamesTheMethod() {
        assertEquals(Set.of(Method.MOBILE_PHONE), reason("User registered Mobile Phone SMS"));
        assertEquals(Set.of(Method.MOBILE_PHONE), reason("User registered Mobile Phone Call and SMS"));
        assertEquals(Set.of(Method.AUTHENTICATOR_APP),
                reason("User registered Authenticator App with Notification and Code"));
        assertEquals(Set.of(Method.ALTERNATE_EMAIL), reason("User registered Email"));
        assertEquals(Set.of(Method.OFFICE_PHONE), reason("User registered Office Phone"));
        assertEquals(Set.of(Method.SECURITY_QUESTIONS), reason("User registered Security Questions"));
        assertEquals(Set.of(Method.MOBILE_PHONE), reason("Admin registered Mobile Phone SMS"));
    }

    @Test
    void userDetailsSetOnTheUserNameAPhoneAndAnEmail() {
        assertEquals(Set.of(Method.MOBILE_PHONE), property("StrongAuthenticationUserDetails",
                "[{\"PhoneNumber\":\"+1 4255550123\",\"AlternativePhoneNumber\":null,\n\"Email\":null,"
                        + "\"VoiceOnlyPhoneNumber\":null}]"));
        assertEquals(Set.of(Method.MOBILE_PHONE, Method.ALTERNATE_EMAIL), property("StrongAuthenticationUserDetails",
                "[{\"PhoneNumber\":\"+1 4255550123\",\"Email\":\"renee@example.com\"}]"));
    }

    @Test
    void anAdditionalDetailNamingMethodsStatesThem() {
        assertEquals(Set.of(Method.ALTERNATE_EMAIL, Method.MOBILE_PHONE), RegisteredMethods.stated("", List.of(),
                List.of(new KeyValue("Method", "Alternate email + Mobile phone"))));
    }

    @Test
    void recordsThatNameNoPasswordResetMethodStateNothing() {
        assertTrue(reason("").isEmpty());
        assertTrue(reason("User registered Fido").isEmpty());
        assertTrue(reason("User registered all required security info").isEmpty());
        assertTrue(reason("Admin registered temporary access pass method for user").isEmpty());
        assertTrue(reason("User registered Alternate Mobile Phone SMS").isEmpty());
        assertTrue(reason("User deleted Mobile Phone Call and SMS").isEmpty());
        assertTrue(property("StrongAuthenticationMethod", "[{\"MethodType\":6,\"Default\":true}]").isEmpty());
        assertTrue(property("StrongAuthenticationUserDetails", "[{\"PhoneNumber\":null,\"Email\":null}]").isEmpty());
        assertTrue(RegisteredMethods.stated("", List.of(), List.of(new KeyValue("OnPremisesAgent", "None")))
                .isEmpty());
    }

    @Test
    void anAuditRegistrationWithoutDataIsNotInTheExportWhileAnEmptyClassicRowRegisteredNothing() {
        Instant t = Instant.parse("2025-03-13T15:44:41Z");
        Registration audit = new Registration(1, "lidia.holloway@fabrikam.com", null, t, List.of(), Status.SUCCESS,
                Activities.REGISTERED);
        Registration classic = new Registration(2, "lidia.holloway@fabrikam.com", null, t, List.of(), Status.SUCCESS,
                Activities.CLASSIC_REGISTRATION);
        Registration derived = new Registration(3, "renee.oconnor@fabrikam.com", null, t,
                List.of(Method.MOBILE_PHONE), Status.SUCCESS, Activities.REGISTERED);

        assertFalse(audit.dataInExport());
        assertEquals(Unlisted.NOT_IN_EXPORT, audit.data());
        assertTrue(classic.dataInExport());
        assertEquals(List.of(), classic.data());
        assertEquals(List.of(Method.MOBILE_PHONE), derived.data());
    }
}
