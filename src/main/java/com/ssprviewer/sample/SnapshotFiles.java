package com.ssprviewer.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Writes one registration snapshot as admins export it: Graph v1.0's {@code userRegistrationDetails} response, or
 * the same objects through PowerShell's {@code Export-Csv} (BOM, CRLF, every value quoted, {@code True}/{@code False},
 * arrays joined by {@code ", "}, a US-format date).
 */
final class SnapshotFiles {

    static final String CONTEXT = "https://graph.microsoft.com/v1.0/$metadata"
            + "#reports/authenticationMethods/userRegistrationDetails";
    private static final List<String> HEADERS = List.of("Id", "UserPrincipalName", "UserDisplayName", "UserType",
            "IsAdmin", "IsSsprRegistered", "IsSsprEnabled", "IsSsprCapable", "IsMfaRegistered", "IsMfaCapable",
            "IsPasswordlessCapable", "IsSystemPreferredAuthenticationMethodEnabled", "MethodsRegistered",
            "SystemPreferredAuthenticationMethods", "UserPreferredMethodForSecondaryAuthentication",
            "LastUpdatedDateTime");

    private SnapshotFiles() {
    }

    static void graphJson(Path file, List<SnapshotUser> users, Instant updated) throws IOException {
        try (JsonGenerator g = DirectoryAuditJson.open(file)) {
            g.writeStartObject();
            g.writeStringField("@odata.context", CONTEXT);
            g.writeArrayFieldStart("value");
            for (SnapshotUser u : users) {
                g.writeStartObject();
                g.writeStringField("id", u.id());
                g.writeStringField("userPrincipalName", u.upn());
                g.writeStringField("userDisplayName", u.displayName());
                g.writeStringField("userType", u.guest() ? "guest" : "member");
                g.writeBooleanField("isAdmin", u.admin());
                g.writeBooleanField("isSsprRegistered", u.ssprRegistered());
                g.writeBooleanField("isSsprEnabled", u.ssprEnabled());
                g.writeBooleanField("isSsprCapable", u.ssprCapable());
                g.writeBooleanField("isMfaRegistered", u.mfaRegistered());
                g.writeBooleanField("isMfaCapable", u.mfaCapable());
                g.writeBooleanField("isPasswordlessCapable", u.passwordlessCapable());
                g.writeBooleanField("isSystemPreferredAuthenticationMethodEnabled", true);
                strings(g, "methodsRegistered", u.methods());
                strings(g, "systemPreferredAuthenticationMethods",
                        u.systemPreferred() == null ? List.of() : List.of(u.systemPreferred()));
                g.writeStringField("userPreferredMethodForSecondaryAuthentication", u.userPreferred());
                g.writeStringField("lastUpdatedDateTime", Times.iso7(updated));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    static void powerShellCsv(Path file, List<SnapshotUser> users, Instant updated) throws IOException {
        String date = usDate(updated);
        try (Writer w = CsvText.open(file, true)) {
            StringBuilder sb = new StringBuilder();
            row(sb, HEADERS);
            w.write(sb.toString());
            for (SnapshotUser u : users) {
                sb.setLength(0);
                String preferred = u.systemPreferred() == null ? "" : u.systemPreferred();
                row(sb, List.of(u.id(), u.upn(), u.displayName(), u.guest() ? "guest" : "member", b(u.admin()),
                        b(u.ssprRegistered()), b(u.ssprEnabled()), b(u.ssprCapable()), b(u.mfaRegistered()),
                        b(u.mfaCapable()), b(u.passwordlessCapable()), b(true), String.join(", ", u.methods()),
                        preferred, u.userPreferred(), date));
                w.write(sb.toString());
            }
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void row(StringBuilder sb, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            CsvText.appendQuoted(sb, values.get(i));
        }
        sb.append(CsvText.CRLF);
    }

    private static String b(boolean value) {
        return value ? "True" : "False";
    }

    /** {@code 4/1/2025 5:58:09 AM}: what Export-Csv writes on a machine with US settings. */
    private static String usDate(Instant t) {
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        int hour = d.getHour() % 12 == 0 ? 12 : d.getHour() % 12;
        return String.format(Locale.ROOT, "%d/%d/%d %d:%02d:%02d %s", d.getMonthValue(), d.getDayOfMonth(),
                d.getYear(), hour, d.getMinute(), d.getSecond(), d.getHour() < 12 ? "AM" : "PM");
    }
}
