package com.ssprviewer.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * A large tenant's registration state for {@link SnapshotBench}: users keep their ids month after month and about
 * 2% change each month (register, lose registration, change methods). Written as Graph's pretty-printed
 * {@code userRegistrationDetails} response.
 */
final class SnapshotTenant {

    private static final String[][] METHOD_SETS = {
        {"email", "mobilePhone"},
        {"microsoftAuthenticatorPush", "mobilePhone", "softwareOneTimePasscode"},
        {"email", "securityQuestion"},
        {"mobilePhone"},
        {"alternateMobilePhone", "mobilePhone", "officePhone"},
        {"microsoftAuthenticatorPush", "softwareOneTimePasscode", "windowsHelloForBusiness"},
    };

    private final Random random;
    private final boolean[] registered;
    private final int[] methods;

    SnapshotTenant(int users, long seed) {
        random = new Random(seed);
        registered = new boolean[users];
        methods = new int[users];
        for (int i = 0; i < users; i++) {
            registered[i] = random.nextInt(10) < 7;
            methods[i] = random.nextInt(METHOD_SETS.length);
        }
    }

    /** About 2% of users change: half of them flip their registration, the others change their methods. */
    void nextMonth() {
        int changes = registered.length / 50;
        for (int c = 0; c < changes; c++) {
            int i = random.nextInt(registered.length);
            if (c % 2 == 0) {
                registered[i] = !registered[i];
            } else {
                methods[i] = random.nextInt(METHOD_SETS.length);
            }
        }
    }

    void writeGraphJson(Path file, LocalDate day) throws IOException {
        String updated = day + "T06:12:44.1234567Z";
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\n  \"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata"
                    + "#reports/authenticationMethods/userRegistrationDetails\",\n  \"value\": [\n");
            StringBuilder sb = new StringBuilder(1024);
            for (int i = 0; i < registered.length; i++) {
                sb.setLength(0);
                user(sb, i, updated);
                sb.append(i + 1 < registered.length ? ",\n" : "\n");
                w.write(sb.toString());
            }
            w.write("  ]\n}\n");
        }
    }

    private void user(StringBuilder sb, int i, String updated) {
        boolean reg = registered[i];
        boolean admin = i % 100 == 0;
        boolean enabled = i % 20 != 7;
        String[] m = reg ? METHOD_SETS[methods[i]] : new String[0];
        boolean mfa = reg && (contains(m, "mobilePhone") || contains(m, "microsoftAuthenticatorPush"));
        sb.append("    {\n");
        field(sb, "id", String.format(Locale.ROOT, "%08x-1b2c-4d3e-8f40-%012x", i * 2654435761L & 0xffffffffL, i));
        field(sb, "userPrincipalName", "user" + i + "@fabrikam.com");
        field(sb, "userDisplayName", "User " + i);
        field(sb, "userType", i % 40 == 39 ? "guest" : "member");
        flag(sb, "isAdmin", admin);
        flag(sb, "isSsprRegistered", reg);
        flag(sb, "isSsprEnabled", enabled);
        flag(sb, "isSsprCapable", reg && enabled);
        flag(sb, "isMfaRegistered", mfa);
        flag(sb, "isMfaCapable", mfa && enabled);
        flag(sb, "isPasswordlessCapable", reg && contains(m, "windowsHelloForBusiness"));
        flag(sb, "isSystemPreferredAuthenticationMethodEnabled", true);
        array(sb, "methodsRegistered", m);
        array(sb, "systemPreferredAuthenticationMethods", mfa ? new String[] {m[0]} : new String[0]);
        field(sb, "userPreferredMethodForSecondaryAuthentication", mfa ? "push" : "none");
        sb.append("      \"lastUpdatedDateTime\": \"").append(updated).append("\"\n    }");
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append("      \"").append(name).append("\": \"").append(value).append("\",\n");
    }

    private static void flag(StringBuilder sb, String name, boolean value) {
        sb.append("      \"").append(name).append("\": ").append(value).append(",\n");
    }

    private static void array(StringBuilder sb, String name, String[] values) {
        sb.append("      \"").append(name).append("\": [");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "\n" : ",\n").append("        \"").append(values[i]).append('"');
        }
        sb.append(values.length == 0 ? "],\n" : "\n      ],\n");
    }

    private static boolean contains(String[] values, String value) {
        for (String v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
