package com.ssprviewer.ui.overview;

/**
 * The tiles in the order {@code report.OverviewTiles} returns them (the printed report's order), with the node
 * id tests find them by and whether the list a click opens counts exactly the tile's number.
 */
public enum OverviewTile {
    REGISTERED_USERS("tile-registered-users", true),
    WHO_REGISTERED("tile-who-registered", true),
    DATA_REGISTERED("tile-data-registered", true),
    RESETS("tile-resets", true),
    METHODS("tile-methods", true),
    PROBLEMS("tile-problems", true),
    ADMIN_RESETS("tile-admin-resets", true),
    SUSPICIOUS("tile-suspicious", true),
    POLICY_CHANGES("tile-policy-changes", true);

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
     * True when the list a click opens counts exactly the tile's number: now every tile ("data registered" opens the
     * users it counts, "top problem" the attempts with exactly its details). Kept so that a tile that can only
     * come near says so, and tests check every exact tile.
     */
    public boolean exact() {
        return exact;
    }
}
