package com.ssprviewer.ui.overview;

/**
 * The eight tiles in the order {@code report.OverviewTiles} returns them (the printed report's order), with the node
 * id tests find them by and whether the list a click opens counts exactly the tile's number.
 */
public enum OverviewTile {
    REGISTERED_USERS("tile-registered-users", true),
    WHO_REGISTERED("tile-who-registered", true),
    DATA_REGISTERED("tile-data-registered", false),
    RESETS("tile-resets", true),
    METHODS("tile-methods", true),
    PROBLEMS("tile-problems", false),
    ADMIN_RESETS("tile-admin-resets", true),
    SUSPICIOUS("tile-suspicious", true);

    private final String id;
    private final boolean exact;

    OverviewTile(String id, boolean exact) {
        this.id = id;
        this.exact = exact;
    }

    public String id() {
        return id;
    }

    /**
     * False where the filter model cannot say the tile's rule: "data registered" counts each user's latest
     * registration that lists data (the list shows every matching registration row), and "top problem" groups
     * details by their published wording (the list matches the wording as text).
     */
    public boolean exact() {
        return exact;
    }
}
