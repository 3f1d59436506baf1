package com.ssprviewer.store.imports;

import com.ssprviewer.store.schema.EventCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;

/** Keeps the text dictionary to the texts stored events refer to, after a removal. */
final class Dictionary {

    private Dictionary() {
    }

    /** The dictionary ids every stored event refers to, read in one pass. */
    static BitSet usedByEvents(Connection c) throws SQLException {
        BitSet used = new BitSet();
        Scans.lazily(c, "SELECT detail FROM events", rs -> EventCodec.references(rs.getString(1), used::set));
        return used;
    }

    /** Removes the texts whose ids are not in {@code used}. */
    static void keepOnly(Connection c, BitSet used) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM strings");
             PreparedStatement delete = c.prepareStatement("DELETE FROM strings WHERE id = ?")) {
            while (rs.next()) {
                if (!used.get(rs.getInt(1))) {
                    delete.setInt(1, rs.getInt(1));
                    delete.addBatch();
                }
            }
            delete.executeBatch();
        }
    }
}
