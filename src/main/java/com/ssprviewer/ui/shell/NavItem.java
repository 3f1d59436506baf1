package com.ssprviewer.ui.shell;

import com.ssprviewer.store.query.ListKind;

/** The entries of the left navigation, each opening one root blade. */
public enum NavItem {
    OVERVIEW("nav-overview", "nav.overview", null),
    AUDIT_LOG("nav-auditlog", "nav.auditlog", ListKind.EVENTS),
    RESETS("nav-resets", "nav.resets", ListKind.ATTEMPTS),
    REGISTRATIONS("nav-registrations", "nav.registrations", ListKind.REGISTRATIONS),
    POLICY("nav-policy", "nav.policy", ListKind.POLICY),
    COVERAGE("nav-coverage", "nav.coverage", null),
    IMPORTS("nav-imports", "nav.imports", null);

    private final String nodeId;
    private final String key;
    private final ListKind list;

    NavItem(String nodeId, String key, ListKind list) {
        this.nodeId = nodeId;
        this.key = key;
        this.list = list;
    }

    /** The list the entry's blade shows (its saved views appear under it), or null for a blade of no list. */
    public ListKind list() {
        return list;
    }

    /** The entry whose blade shows {@code list}. */
    public static NavItem of(ListKind list) {
        for (NavItem item : values()) {
            if (item.list == list) {
                return item;
            }
        }
        throw new IllegalArgumentException("no navigation entry shows " + list.key());
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
