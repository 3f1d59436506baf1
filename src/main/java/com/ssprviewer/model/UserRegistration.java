package com.ssprviewer.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One user's registration state at one moment, as Entra's {@code userRegistrationDetails} report gives it (Graph,
 * PowerShell or the admin center's download). Method names are Graph's ({@code mobilePhone},
 * {@code microsoftAuthenticatorPush}); names shown otherwise in other exports are mapped to them by the reader.
 *
 * @param objectId                      the user's object id; null when the export has none (the admin center's)
 * @param userPrincipalName             never null
 * @param member                        true for {@code userType} member, false for guest
 * @param methodsKnown                  false when the export did not say which methods (PowerShell wrote
 *                                      {@code System.String[]}): {@code methodsRegistered} is then empty and means
 *                                      unknown, not none
 * @param methodsRegistered             Graph method names, in the export's order
 * @param userPreferredMethod           {@code userPreferredMethodForSecondaryAuthentication}; null when absent
 * @param defaultMfaMethod              beta's {@code defaultMfaMethod}; null when absent
 * @param lastUpdated                   {@code lastUpdatedDateTime}; null when the export has none
 */
public record UserRegistration(String objectId, String userPrincipalName, String displayName, boolean member,
                               boolean admin, boolean ssprRegistered, boolean ssprEnabled, boolean ssprCapable,
                               boolean mfaRegistered, boolean mfaCapable, boolean passwordlessCapable,
                               boolean systemPreferredMethodEnabled, boolean methodsKnown,
                               List<String> methodsRegistered, List<String> systemPreferredMethods,
                               String userPreferredMethod, String defaultMfaMethod, Instant lastUpdated) {

    /** The value of a method list that PowerShell wrote as its type name instead of its items. */
    public static final String UNKNOWN_METHODS = "unknown";

    public UserRegistration {
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
        methodsRegistered = methodsRegistered == null ? List.of() : List.copyOf(methodsRegistered);
        systemPreferredMethods = systemPreferredMethods == null ? List.of() : List.copyOf(systemPreferredMethods);
        if (!methodsKnown && !methodsRegistered.isEmpty()) {
            throw new IllegalArgumentException("unknown methods have no names");
        }
    }
}
