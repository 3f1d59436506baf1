package com.ssprviewer.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActivitiesTest {

    @Test
    void resetFlowActivitiesAreRecognisedWhateverTheirCaseAndSurroundingSpace() {
        assertTrue(Activities.isResetFlow(Activities.SSPR_SERVICE, Activities.FLOW_PROGRESS));
        assertTrue(Activities.isResetFlow(" self-service password MANAGEMENT ", "  reset PASSWORD (self-service)"));
        assertTrue(Activities.isResetFlow("Self-service Password Management",
                "BLOCKED FROM SELF-SERVICE PASSWORD RESET"));
        // asked again, the answer is the same (answers are remembered per text)
        assertTrue(Activities.isResetFlow(" self-service password MANAGEMENT ", "  reset PASSWORD (self-service)"));
    }

    @Test
    void onlyTheSelfServicePasswordServiceMakesResetFlows() {
        assertFalse(Activities.isResetFlow("Core Directory", Activities.RESET_SELF_SERVICE));
        assertFalse(Activities.isResetFlow(Activities.SSPR_SERVICE, "Reset password (by admin)"));
        assertFalse(Activities.isResetFlow(null, Activities.FLOW_PROGRESS));
        assertFalse(Activities.isResetFlow(Activities.SSPR_SERVICE, null));
    }

    @Test
    void registrationActivitiesAreRecognisedWhateverTheirCase() {
        assertTrue(Activities.isRegistration(Activities.REGISTERED));
        assertTrue(Activities.isRegistration(" security info saved for SELF-SERVICE password reset "));
        assertTrue(Activities.isRegistration(Activities.CLASSIC_REGISTRATION.toUpperCase(java.util.Locale.ROOT)));
        assertFalse(Activities.isRegistration(Activities.FLOW_PROGRESS));
        assertFalse(Activities.isRegistration(null));
    }
}
