package com.ssprviewer.importer;

/** The export formats the viewer reads, detected from content (never from the file name). */
public enum ExportFormat {
    CLASSIC_RESET_CSV("Classic password reset activity report (CSV)"),
    CLASSIC_REGISTRATION_CSV("Classic password reset registration activity report (CSV)"),
    AUDIT_CSV("Audit log download (CSV)"),
    AUDIT_JSON("Audit log download (JSON)"),
    GRAPH_JSON("Microsoft Graph directoryAudits (JSON)"),
    /** Not an audit export: who holds which directory role, imported on its own (File > Import role list). */
    ROLE_LIST_CSV("Role assignments (CSV)");

    private final String description;

    ExportFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
