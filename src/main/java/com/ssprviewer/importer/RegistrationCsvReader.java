package com.ssprviewer.importer;

import com.ssprviewer.model.Text;
import com.ssprviewer.model.UserRegistration;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a registration snapshot written as CSV: PowerShell's {@code Export-Csv} of {@code userRegistrationDetails}
 * (PascalCase headers, {@code True}/{@code False}, arrays joined with {@code ", "}), or the admin center's "User
 * registration details" download (its on-screen columns, method display names mapped to Graph's). A file missing a
 * column the report always has is refused whole, naming the columns; a row that cannot be read is rejected alone.
 */
final class RegistrationCsvReader implements SnapshotReader {

    private final ExportFormat format;
    private final CsvRows rows;
    private final boolean portal;
    private final ZoneId zone;
    private final Map<RegistrationField, Integer> index = new EnumMap<>(RegistrationField.class);

    private RegistrationCsvReader(ExportFormat format, CsvRows rows, Columns columns, boolean portal, ZoneId zone) {
        this.format = format;
        this.rows = rows;
        this.portal = portal;
        this.zone = zone;
        for (RegistrationField f : RegistrationField.values()) {
            String column = portal ? f.portalColumn() : f.powerShellHeader();
            index.put(f, column == null ? -1 : columns.indexOf(column));
        }
    }

    /** PowerShell's export: a user principal name and {@code IsSsprRegistered}. */
    static boolean claimsPowerShell(Columns header) {
        return header.has(RegistrationField.USER_PRINCIPAL_NAME.powerShellHeader())
                && header.has(RegistrationField.SSPR_REGISTERED.powerShellHeader());
    }

    /** The admin center's download: a user principal name and {@code SSPR registered}. */
    static boolean claimsPortal(Columns header) {
        return header.has(RegistrationField.USER_PRINCIPAL_NAME.portalColumn())
                && header.has(RegistrationField.SSPR_REGISTERED.portalColumn());
    }

    /**
     * Opens the reader on a claimed file.
     *
     * @throws ExportFormatException when the header lacks a column the format always has; names them all
     */
    static SnapshotReader open(ExportFormat format, FileHead head, ZoneId zone, boolean portal)
            throws ExportFormatException {
        List<String> missing = new ArrayList<>();
        for (RegistrationField f : RegistrationField.values()) {
            boolean required = portal ? f.requiredInPortal() : f.required();
            String column = portal ? f.portalColumn() : f.powerShellHeader();
            if (required && !head.columns().has(column)) {
                missing.add(portal ? f.portalHeader() : column);
            }
        }
        if (!missing.isEmpty()) {
            throw new ExportFormatException(head.name() + ": a registration snapshot without the column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + "; export the report again with every column.");
        }
        return new RegistrationCsvReader(format, head.rows(), head.columns(), portal, zone);
    }

    @Override
    public ExportFormat format() {
        return format;
    }

    @Override
    public SnapshotRow next() throws IOException {
        while (rows.advance()) {
            if (rows.broken()) {
                return new SnapshotRow.Rejected(rows.line(), CsvExportReader.BROKEN_QUOTING);
            }
            if (rows.blank()) {
                continue;
            }
            try {
                return map();
            } catch (RowRejectedException e) {
                return new SnapshotRow.Rejected(rows.line(), e.getMessage());
            }
        }
        return null;
    }

    private SnapshotRow map() throws RowRejectedException {
        String upn = Text.trimToNull(value(RegistrationField.USER_PRINCIPAL_NAME));
        if (upn == null) {
            throw new RowRejectedException("no " + name(RegistrationField.USER_PRINCIPAL_NAME));
        }
        String methodsText = value(RegistrationField.METHODS_REGISTERED);
        boolean methodsKnown = !RegistrationValues.unexpanded(methodsText);
        String warning = methodsKnown ? null
                : RegistrationValues.unexpandedWarning(name(RegistrationField.METHODS_REGISTERED), methodsText);
        String userType = Text.trimToNull(value(RegistrationField.USER_TYPE));
        UserRegistration user = new UserRegistration(Text.trimToNull(value(RegistrationField.ID)), upn,
                Text.trimToNull(value(RegistrationField.DISPLAY_NAME)),
                userType == null || !userType.equalsIgnoreCase("guest"),
                flag(RegistrationField.IS_ADMIN), flag(RegistrationField.SSPR_REGISTERED),
                flag(RegistrationField.SSPR_ENABLED), flag(RegistrationField.SSPR_CAPABLE),
                flag(RegistrationField.MFA_REGISTERED), flag(RegistrationField.MFA_CAPABLE),
                flag(RegistrationField.PASSWORDLESS_CAPABLE), flag(RegistrationField.SYSTEM_PREFERRED_ENABLED),
                methodsKnown, methodsKnown ? methods(methodsText) : List.of(),
                methods(listText(RegistrationField.SYSTEM_PREFERRED_METHODS)),
                Text.trimToNull(value(RegistrationField.USER_PREFERRED_METHOD)),
                Text.trimToNull(value(RegistrationField.DEFAULT_MFA_METHOD)), lastUpdated());
        return new SnapshotRow.User(user, rows.line(), warning);
    }

    /** A flag; a column the file lacks reads as false (only optional ones can be missing). */
    private boolean flag(RegistrationField f) throws RowRejectedException {
        if (index.get(f) < 0) {
            return false;
        }
        return RegistrationValues.bool(rows.value(index.get(f)), name(f), portal);
    }

    private List<String> methods(String text) {
        List<String> names = RegistrationValues.list(text);
        if (portal) {
            names.replaceAll(RegistrationValues::graphMethod);
        }
        return names;
    }

    /** A list column; an unexpanded one reads as empty (only the registered methods matter enough to warn). */
    private String listText(RegistrationField f) {
        String text = value(f);
        return RegistrationValues.unexpanded(text) ? null : text;
    }

    private Instant lastUpdated() throws RowRejectedException {
        String raw = value(RegistrationField.LAST_UPDATED);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LenientDates.parse(raw, zone);
        } catch (DateTimeException e) {
            throw new RowRejectedException(name(RegistrationField.LAST_UPDATED) + ": " + e.getMessage());
        }
    }

    private String value(RegistrationField f) {
        return rows.value(index.get(f));
    }

    private String name(RegistrationField f) {
        return portal ? f.portalHeader() : f.powerShellHeader();
    }

    @Override
    public long bytesRead() {
        return rows.bytesRead();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
