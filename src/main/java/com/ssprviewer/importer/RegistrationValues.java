package com.ssprviewer.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the values of registration snapshots written as text (PowerShell's and the admin center's CSV): booleans,
 * method lists, and the admin center's method names, mapped to Graph's.
 */
final class RegistrationValues {

    /** What PowerShell writes for an array it did not expand. */
    private static final List<String> TYPE_NAMES = List.of("System.String[]", "System.Object[]");

    /** The admin center's names of methods (as keys of {@link HeaderAliases#key}) and Graph's names for them. */
    private static final Map<String, String> PORTAL_METHODS = new HashMap<>();

    static {
        portal("email", "Email", "Email address");
        portal("mobilePhone", "Mobile phone", "Phone", "Authentication phone", "SMS");
        portal("alternateMobilePhone", "Alternate mobile phone", "Alternate phone", "Alternate authentication phone");
        portal("officePhone", "Office phone");
        portal("securityQuestion", "Security questions", "Security question");
        portal("microsoftAuthenticatorPush", "Microsoft Authenticator push", "Microsoft Authenticator app",
                "Microsoft Authenticator push notification", "Microsoft Authenticator app (push notification)",
                "Authenticator app notification");
        portal("microsoftAuthenticatorPasswordless", "Microsoft Authenticator passwordless",
                "Microsoft Authenticator passwordless sign-in", "Microsoft Authenticator (passwordless)");
        portal("softwareOneTimePasscode", "Software one-time passcode", "Software OATH token",
                "Authenticator app code", "Software OATH tokens");
        portal("hardwareOneTimePasscode", "Hardware one-time passcode", "Hardware OATH token",
                "Hardware OATH tokens");
        portal("windowsHelloForBusiness", "Windows Hello for Business");
        portal("fido2SecurityKey", "FIDO2 security key", "Security key", "Passkey (FIDO2)", "FIDO2");
        portal("temporaryAccessPass", "Temporary Access Pass");
        portal("appPassword", "App password");
        portal("passKeyDeviceBound", "Passkey (device-bound)", "Device-bound passkey");
        portal("passKeyDeviceBoundAuthenticator", "Passkey in Microsoft Authenticator",
                "Passkey (Microsoft Authenticator)");
        portal("macOsSecureEnclaveKey", "macOS Platform Credential", "macOS secure enclave key");
    }

    private RegistrationValues() {
    }

    private static void portal(String graph, String... names) {
        PORTAL_METHODS.put(HeaderAliases.key(graph), graph);
        for (String name : names) {
            PORTAL_METHODS.put(HeaderAliases.key(name), graph);
        }
    }

    /**
     * A boolean written as {@code True}/{@code False} (any case); {@code Yes}/{@code No} too where {@code yesNo}.
     *
     * @throws RowRejectedException when the text is neither
     */
    static boolean bool(String text, String name, boolean yesNo) throws RowRejectedException {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (s.equals("true") || yesNo && s.equals("yes")) {
            return true;
        }
        if (s.equals("false") || yesNo && s.equals("no")) {
            return false;
        }
        throw new RowRejectedException(text == null || text.isBlank() ? "missing " + name
                : name + " is neither true nor false: \"" + text.strip() + "\"");
    }

    /** Whether a list's text is a type name PowerShell wrote instead of the items. */
    static boolean unexpanded(String text) {
        return text != null && TYPE_NAMES.contains(text.strip());
    }

    /** The warning for a method list PowerShell did not expand, after {@code file:line:}. */
    static String unexpandedWarning(String column, String text) {
        return column + " is \"" + text.strip() + "\" (PowerShell wrote the array's type name, not its items):"
                + " this user's methods are unknown and left out of the method counts; their flags still count."
                + " Export with the arrays joined (e.g. -join ', ') to keep them.";
    }

    /** A list joined with commas (or semicolons); empty for an empty text. */
    static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[,;]")) {
            String s = part.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Graph's name of a method the admin center shows by its display name; an unknown name is kept as written. */
    static String graphMethod(String portalName) {
        return PORTAL_METHODS.getOrDefault(HeaderAliases.key(portalName), portalName);
    }
}
