package com.ssprviewer.store.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reads a whole table row by row. H2 otherwise gathers a query's whole result first, and past a few tens of
 * thousands of rows writes it to a temporary file, which costs more than the reading itself.
 */
final class Scans {

    /** What is done with each row; it may not run other statements on the connection. */
    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private Scans() {
    }

    static void lazily(Connection c, String sql, Row row) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION TRUE");
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    row.read(rs);
                }
            } finally {
                s.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }
}
