package com.ssprviewer.ui.shell;

/** The entries of the left navigation, each opening one root blade. */
public enum NavItem {
    OVERVIEW("nav-overview", "nav.overview"),
    AUDIT_LOG("nav-auditlog", "nav.auditlog"),
    RESETS("nav-resets", "nav.resets"),
    REGISTRATIONS("nav-registrations", "nav.registrations"),
    POLICY("nav-policy", "nav.policy"),
    COVERAGE("nav-coverage", "nav.coverage"),
    IMPORTS("nav-imports", "nav.imports");

    private final String nodeId;
    private final String key;

    NavItem(String nodeId, String key) {
        this.nodeId = nodeId;
        this.key = key;
    }

    /** The stable node id tests and accessibility tools find the entry by. */
    public String nodeId() {
        return nodeId;
    }

    /** The bundle key of the entry's text. */
    public String key() {
        return key;
    }
}
