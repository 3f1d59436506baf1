package com.ssprviewer.store.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The settings kept with the store ({@code store_settings}), so every window and command applies the same. */
public final class StoreSettings {

    /** How many months of data the store keeps; absent: everything, for good. */
    public static final String KEEP_MONTHS = "retention.keep-months";

    private StoreSettings() {
    }

    public static Optional<String> get(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT setting_value FROM store_settings WHERE setting_name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Sets a setting, or removes it when the value is null. */
    public static void set(Connection c, String name, String value) throws SQLException {
        if (value == null) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM store_settings WHERE setting_name = ?")) {
                p.setString(1, name);
                p.executeUpdate();
            }
            return;
        }
        try (PreparedStatement p = c.prepareStatement("MERGE INTO store_settings (setting_name, setting_value)"
                + " KEY (setting_name) VALUES (?, ?)")) {
            p.setString(1, name);
            p.setString(2, value);
            p.executeUpdate();
        }
    }
}
