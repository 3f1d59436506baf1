package com.ssprviewer.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The password reset methods an audit record says were registered. Audit exports rarely say it on the
 * {@code User registered for self-service password reset} record itself; the combined security-info registration
 * says it on the records of the same session (same correlation id): the reason of {@code User registered security
 * info} ({@code User registered Mobile Phone SMS}, {@code User registered Authenticator App with Notification and
 * Code}, ...), and the {@code StrongAuthenticationUserDetails} a {@code Update user} record sets (phone number,
 * email). A registration's data is what its own record and the records of its session state together; when none
 * states anything, the data is not in the export.
 *
 * <p>Methods that do not reset a password (FIDO keys, temporary access passes, an alternate phone) state nothing.
 * {@code StrongAuthenticationMethod} is left alone: its numeric method types are not documented.
 */
public final class RegisteredMethods {

    private static final Pattern REGISTERED = Pattern.compile("^\\s*(?:user|admin) registered (.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final String USER_DETAILS = "StrongAuthenticationUserDetails";
    private static final Pattern PHONE = Pattern.compile("\"PhoneNumber\"\\s*:\\s*\"[^\"]+\"");
    private static final Pattern EMAIL = Pattern.compile("\"Email\"\\s*:\\s*\"[^\"]+\"");
    /** Additional-detail keys that hold method names, compared case-insensitively. */
    private static final Set<String> METHOD_KEYS = Set.of("method", "methods", "data registered",
            "authentication method");

    private RegisteredMethods() {
    }

    /** The methods one record states, in {@link Method} order; empty when it states none. */
    public static Set<Method> stated(String reason, List<Target> targets, List<KeyValue> details) {
        Set<Method> out = EnumSet.noneOf(Method.class);
        fromReason(reason, out);
        for (Target t : targets) {
            for (ModifiedProperty p : t.modifiedProperties()) {
                fromProperty(p, out);
            }
        }
        for (KeyValue kv : details) {
            if (kv.key() != null && METHOD_KEYS.contains(kv.key().strip().toLowerCase(Locale.ROOT))) {
                out.addAll(Method.parseList(kv.value()));
            }
        }
        return out;
    }

    /** The methods one event states. */
    public static Set<Method> stated(AuditEvent e) {
        return stated(e.reason(), e.targets(), e.additionalDetails());
    }

    private static void fromReason(String reason, Set<Method> out) {
        if (reason == null || reason.isEmpty()) {
            return;
        }
        Matcher m = REGISTERED.matcher(reason);
        if (!m.matches()) {
            return;
        }
        String what = m.group(1).toLowerCase(Locale.ROOT);
        if (what.contains("alternate mobile phone") || what.contains("alternate phone")) {
            return;
        }
        if (what.contains("authenticator app")) {
            out.add(Method.AUTHENTICATOR_APP);
        } else if (what.contains("office phone")) {
            out.add(Method.OFFICE_PHONE);
        } else if (what.contains("mobile phone")) {
            out.add(Method.MOBILE_PHONE);
        } else if (what.contains("email")) {
            out.add(Method.ALTERNATE_EMAIL);
        } else if (what.contains("security question")) {
            out.add(Method.SECURITY_QUESTIONS);
        }
    }

    private static void fromProperty(ModifiedProperty p, Set<Method> out) {
        if (p.name() == null || !USER_DETAILS.equalsIgnoreCase(p.name().strip()) || p.newValue() == null) {
            return;
        }
        if (PHONE.matcher(p.newValue()).find()) {
            out.add(Method.MOBILE_PHONE);
        }
        if (EMAIL.matcher(p.newValue()).find()) {
            out.add(Method.ALTERNATE_EMAIL);
        }
    }
}
