package com.ssprviewer.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The properties of a {@code userRegistrationDetails} record and what each export calls them: Graph's JSON name,
 * PowerShell's {@code Export-Csv} header (the same name, PascalCase), and the admin center download's on-screen
 * column where it has one. Headers are found through {@link HeaderAliases} like every other CSV column.
 */
enum RegistrationField {
    ID("id", null, false),
    USER_PRINCIPAL_NAME("userPrincipalName", "User principal name", true),
    DISPLAY_NAME("userDisplayName", "Name", false),
    USER_TYPE("userType", "User type", false),
    IS_ADMIN("isAdmin", "Admin", false),
    SSPR_REGISTERED("isSsprRegistered", "SSPR registered", true),
    SSPR_ENABLED("isSsprEnabled", "SSPR enabled", true),
    SSPR_CAPABLE("isSsprCapable", "SSPR capable", true),
    MFA_REGISTERED("isMfaRegistered", "MFA registered", true),
    MFA_CAPABLE("isMfaCapable", "MFA capable", true),
    PASSWORDLESS_CAPABLE("isPasswordlessCapable", "Passwordless capable", true),
    SYSTEM_PREFERRED_ENABLED("isSystemPreferredAuthenticationMethodEnabled", "System preferred MFA enabled", false),
    METHODS_REGISTERED("methodsRegistered", "Methods registered", true),
    SYSTEM_PREFERRED_METHODS("systemPreferredAuthenticationMethods", "System preferred MFA method", false),
    USER_PREFERRED_METHOD("userPreferredMethodForSecondaryAuthentication", "User preferred MFA method", false),
    LAST_UPDATED("lastUpdatedDateTime", "Last updated time", false),
    DEFAULT_MFA_METHOD("defaultMfaMethod", "Default MFA method", false);

    /** Columns the admin center's download lacks though the report has them; a missing one reads as false there. */
    private static final List<RegistrationField> OPTIONAL_IN_PORTAL = List.of(MFA_REGISTERED);

    private final String jsonName;
    private final String portalHeader;
    private final boolean required;

    RegistrationField(String jsonName, String portalHeader, boolean required) {
        this.jsonName = jsonName;
        this.portalHeader = portalHeader;
        this.required = required;
    }

    /** Graph's property name, e.g. {@code isSsprRegistered}. */
    String jsonName() {
        return jsonName;
    }

    /** PowerShell's {@code Export-Csv} header, e.g. {@code IsSsprRegistered}; also the column's canonical name. */
    String powerShellHeader() {
        return Character.toUpperCase(jsonName.charAt(0)) + jsonName.substring(1);
    }

    /**
     * The canonical name of the admin center's column: its own header, or PowerShell's where both fold to the same
     * key ({@code User principal name} and {@code UserPrincipalName}); null where the download has no such column.
     */
    String portalColumn() {
        if (portalHeader == null) {
            return null;
        }
        return HeaderAliases.key(portalHeader).equals(HeaderAliases.key(powerShellHeader()))
                ? powerShellHeader() : portalHeader;
    }

    /** The admin center's own header, as messages name the column; null where the download has none. */
    String portalHeader() {
        return portalHeader;
    }

    /** Whether a Graph record or a PowerShell CSV without this property is refused (or its row rejected). */
    boolean required() {
        return required;
    }

    /** Whether the admin center's download must have this column. */
    boolean requiredInPortal() {
        return required && !OPTIONAL_IN_PORTAL.contains(this);
    }

    /** Header rows for {@link ExportFormats}: PowerShell's names, and the admin center's where they differ. */
    static String[][] headerNames() {
        List<String[]> rows = new ArrayList<>();
        for (RegistrationField f : values()) {
            rows.add(new String[] {f.powerShellHeader()});
            if (f.portalColumn() != null && !f.portalColumn().equals(f.powerShellHeader())) {
                rows.add(new String[] {f.portalColumn()});
            }
        }
        return rows.toArray(new String[0][]);
    }
}
