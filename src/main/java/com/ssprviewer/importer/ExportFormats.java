package com.ssprviewer.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Every export format the viewer reads, in one place: each entry gives the format (stable code, English description,
 * display key), how it is recognised, and how its reader is opened. Formats are recognised from content, never from
 * the file's name (administrators rename downloads freely), by asking the entries in {@link #DETECTION_ORDER}: the
 * first that claims the file reads it. Adding a format takes a reader class, one entry here, and its name in both
 * bundles.
 */
public final class ExportFormats {

    /** How a reader is opened on a file that its entry claimed. */
    @FunctionalInterface
    interface Factory {
        OpenedExport open(ExportFormat format, FileHead head, ZoneId zone) throws IOException;
    }

    /** How a CSV reader is opened on the rows after the header its entry claimed. */
    @FunctionalInterface
    interface CsvFactory {
        ExportReader open(ExportFormat format, CsvRows rows, Columns columns, ZoneId zone);
    }

    /**
     * One registered format.
     *
     * @param headerNames names of CSV columns the format's reader reads beyond {@link HeaderAliases}: rows of a
     *                    canonical name followed by its other names
     */
    record Entry(ExportFormat format, Predicate<FileHead> detector, Factory factory, List<String[]> headerNames) {

        /** The same entry, also naming columns of its own. */
        Entry withHeaderNames(String[]... rows) {
            return new Entry(format, detector, factory, List.of(rows));
        }
    }

    /** The formats in the order they are asked; the first that claims a file reads it. */
    private static final List<Entry> DETECTION_ORDER = List.of(
            csv(new ExportFormat("audit-csv", "Audit log download (CSV)", "import.format.auditCsv"),
                    AuditCsvReader::claims, (format, rows, columns, zone) -> new AuditCsvReader(format, rows, columns)),
            csv(new ExportFormat("classic-reset-csv", "Classic password reset activity report (CSV)",
                            "import.format.classicReset"),
                    ClassicResetReader::claims, ClassicResetReader::new),
            csv(new ExportFormat("classic-registration-csv",
                            "Classic password reset registration activity report (CSV)",
                            "import.format.classicRegistration"),
                    ClassicRegistrationReader::claims, ClassicRegistrationReader::new),
            json(new ExportFormat("audit-json", "Audit log download (JSON)", "import.format.auditJson"),
                    JsonRecords.Shape.RECORDS),
            json(new ExportFormat("graph-json", "Microsoft Graph directoryAudits (JSON)", "import.format.graph"),
                    JsonRecords.Shape.GRAPH_PAGES),
            new Entry(new ExportFormat("registration-details-json",
                            "User registration details, Microsoft Graph (JSON)", "import.format.registrationJson"),
                    head -> head.jsonShape() == JsonRecords.Shape.REGISTRATION_DETAILS,
                    (f, head, zone) -> new OpenedExport.Snapshot(RegistrationJsonReader.open(f, head)), List.of()),
            new Entry(new ExportFormat("registration-details-csv", "User registration details, PowerShell (CSV)",
                            "import.format.registrationCsv"),
                    head -> head.columns() != null && RegistrationCsvReader.claimsPowerShell(head.columns()),
                    (f, head, zone) -> new OpenedExport.Snapshot(RegistrationCsvReader.open(f, head, zone, false)),
                    List.of()).withHeaderNames(RegistrationField.headerNames()),
            new Entry(new ExportFormat("registration-details-portal-csv",
                            "User registration details, admin center download (CSV)",
                            "import.format.registrationPortalCsv"),
                    head -> head.columns() != null && RegistrationCsvReader.claimsPortal(head.columns()),
                    (f, head, zone) -> new OpenedExport.Snapshot(RegistrationCsvReader.open(f, head, zone, true)),
                    List.of()));

    private static final UnaryOperator<String> HEADER_NAMES = HeaderAliases.with(
            DETECTION_ORDER.stream().flatMap(e -> e.headerNames().stream()).toList());

    private ExportFormats() {
    }

    /**
     * Opens a reader for the file in the first format that claims it: audit events parse ahead on a thread of their
     * own ({@link ReadAhead}); a registration snapshot is read as it is written to the store.
     *
     * @param zone the zone of times written without one (classic reports); UTC unless the user chooses otherwise
     * @throws ExportFormatException when the file is not a recognised export; the message names the file and why
     */
    public static OpenedExport openAny(Path file, ZoneId zone) throws IOException {
        try (FileHead head = FileHead.read(file, HEADER_NAMES)) {
            for (Entry entry : DETECTION_ORDER) {
                if (entry.detector().test(head)) {
                    OpenedExport opened = entry.factory().open(entry.format(), head, zone);
                    head.handedOver();
                    return opened;
                }
            }
            throw head.notAnExport();
        }
    }

    /** Whether a format holds registration snapshots (users' state), not audit events; false for null. */
    public static boolean isSnapshot(ExportFormat format) {
        return format != null && format.code().startsWith("registration-details");
    }

    /** {@link #isSnapshot} by the code the import log stores. */
    public static boolean isSnapshot(String code) {
        return code != null && byCode(code).map(ExportFormats::isSnapshot).orElse(false);
    }

    /**
     * {@link #openAny} for a file that must hold audit events.
     *
     * @throws ExportFormatException also when the file is a registration snapshot
     */
    public static ExportReader open(Path file, ZoneId zone) throws IOException {
        OpenedExport opened = openAny(file, zone);
        if (opened instanceof OpenedExport.Events events) {
            return events.reader();
        }
        opened.close();
        throw new ExportFormatException(file.getFileName() + ": a registration snapshot ("
                + opened.format().description() + "), not audit events.");
    }

    /** {@link #openAny} as an opener for the store, with the zone of times written without one. */
    public static ExportOpener opener(ZoneId zone) {
        return new ExportOpener() {
            @Override
            public ExportReader open(Path file) throws IOException {
                return ExportFormats.open(file, zone);
            }

            @Override
            public OpenedExport openAny(Path file) throws IOException {
                return ExportFormats.openAny(file, zone);
            }
        };
    }

    /** {@link #opener(ZoneId)} with times written without a zone read as UTC, the default. */
    public static ExportOpener opener() {
        return opener(ZoneOffset.UTC);
    }

    /** The formats recognised in files, in the order they are asked. */
    public static List<ExportFormat> detected() {
        return DETECTION_ORDER.stream().map(Entry::format).toList();
    }

    /** Every format the import log can name: those recognised in files, then role lists (imported on their own). */
    public static List<ExportFormat> all() {
        List<ExportFormat> all = new ArrayList<>(detected());
        all.add(RoleList.FORMAT);
        return List.copyOf(all);
    }

    /** The format with a stable code, as the import log stores it; empty for a code this program does not know. */
    public static Optional<ExportFormat> byCode(String code) {
        return all().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    private static Entry csv(ExportFormat format, Predicate<Columns> claims, CsvFactory factory) {
        return new Entry(format, head -> head.columns() != null && claims.test(head.columns()),
                (f, head, zone) -> new OpenedExport.Events(new ReadAhead(
                        factory.open(f, head.rows(), head.columns(), zone))), List.of());
    }

    private static Entry json(ExportFormat format, JsonRecords.Shape shape) {
        return new Entry(format, head -> head.jsonShape() == shape,
                (f, head, zone) -> new OpenedExport.Events(new ReadAhead(JsonExportReader.open(f, head))), List.of());
    }
}
