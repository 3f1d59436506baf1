package com.ssprviewer.model;

import java.util.Locale;
import java.util.Set;

/** Service, category and activity names that carry meaning for password reset, compared case-insensitively. */
public final class Activities {

    public static final String SSPR_SERVICE = "Self-service Password Management";
    /** The category Entra gives password reset activities today, and so classic report rows. */
    public static final String CLASSIC_CATEGORY = "UserManagement";
    /**
     * The 2017 portal's category (now the service's name), which classic rows had before: their de-duplication keys
     * keep it, so a file imported before and again after the change matches itself.
     */
    public static final String LEGACY_CLASSIC_CATEGORY = "Self-service Password Management";
    public static final String CLASSIC_RESET = "Password reset activity";
    public static final String CLASSIC_REGISTRATION = "Password reset registration activity";

    public static final String FLOW_PROGRESS = "Self-service password reset flow activity progress";
    public static final String RESET_SELF_SERVICE = "Reset password (self-service)";
    public static final String BLOCKED = "Blocked from self-service password reset";
    public static final String REGISTERED = "User registered for self-service password reset";
    public static final String SECURITY_INFO_SAVED = "Security info saved for self-service password reset";
    /** A change to the tenant's password reset policy (category Policy): Microsoft's ninth reporting question. */
    public static final String POLICY_CHANGES = "Self-service password reset policy changes";

    private static final Set<String> RESET_FLOW = lower(FLOW_PROGRESS, RESET_SELF_SERVICE, BLOCKED);
    private static final Set<String> REGISTRATION = lower(REGISTERED, SECURITY_INFO_SAVED, CLASSIC_REGISTRATION);
    /** Asked of every imported row, of a handful of distinct names: answered once per name. */
    private static final TextMemo<Boolean> IS_RESET_FLOW =
            new TextMemo<>(activity -> RESET_FLOW.contains(activity.strip().toLowerCase(Locale.ROOT)));
    private static final TextMemo<Boolean> IS_SSPR_SERVICE =
            new TextMemo<>(service -> service.strip().equalsIgnoreCase(SSPR_SERVICE));
    private static final TextMemo<Boolean> IS_REGISTRATION =
            new TextMemo<>(activity -> REGISTRATION.contains(activity.strip().toLowerCase(Locale.ROOT)));

    private Activities() {
    }

    /** True for the events that make up modern reset attempts: the SSPR service and a reset-flow activity. */
    public static boolean isResetFlow(String service, String activity) {
        return service != null && activity != null && IS_SSPR_SERVICE.get(service) && IS_RESET_FLOW.get(activity);
    }

    /** True for an event that records a registration for password reset (classic or modern). */
    public static boolean isRegistration(String activity) {
        return activity != null && IS_REGISTRATION.get(activity);
    }

    /** The activity names that count as registrations, in their exported spelling. */
    public static Set<String> registrationActivities() {
        return Set.of(REGISTERED, SECURITY_INFO_SAVED, CLASSIC_REGISTRATION);
    }

    /** The activity names whose events are grouped into modern reset attempts. */
    public static Set<String> resetFlowActivities() {
        return Set.of(FLOW_PROGRESS, RESET_SELF_SERVICE, BLOCKED);
    }

    private static Set<String> lower(String... names) {
        return Set.of(java.util.Arrays.stream(names).map(n -> n.toLowerCase(Locale.ROOT)).toArray(String[]::new));
    }
}
