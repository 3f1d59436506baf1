package com.ssprviewer.sample;

import java.util.List;

/**
 * One user's registration state on one snapshot day, in Graph's {@code userRegistrationDetails} terms.
 *
 * @param methods Graph's method names, sorted (empty when not registered)
 */
record SnapshotUser(String id, String upn, String displayName, boolean guest, boolean admin, boolean ssprRegistered,
                    boolean ssprEnabled, boolean mfaRegistered, boolean passwordlessCapable, List<String> methods) {

    SnapshotUser {
        methods = List.copyOf(methods);
    }

    boolean ssprCapable() {
        return ssprRegistered && ssprEnabled;
    }

    boolean mfaCapable() {
        return mfaRegistered && ssprEnabled;
    }

    /** The strongest method the user has for a second factor, Graph's system-preferred one; null when none. */
    String systemPreferred() {
        for (String m : List.of("microsoftAuthenticatorPush", "softwareOneTimePasscode", "mobilePhone")) {
            if (methods.contains(m)) {
                return m;
            }
        }
        return null;
    }

    /** Graph's {@code userPreferredMethodForSecondaryAuthentication}. */
    String userPreferred() {
        if (methods.contains("microsoftAuthenticatorPush")) {
            return "push";
        }
        return methods.contains("mobilePhone") ? "sms" : "none";
    }
}
