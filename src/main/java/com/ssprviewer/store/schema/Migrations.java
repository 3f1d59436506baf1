package com.ssprviewer.store.schema;

import com.ssprviewer.store.api.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the versioned schema steps that a store has not seen yet, in order, each in its own transaction, and
 * records them in {@code schema_version}. A step is a script ({@code migrations/V<n>__<what>.sql}) or, where SQL
 * alone cannot do it, a Java step of the same name without {@code .sql} ({@link #JAVA_STEPS}). Versions come from
 * the names and need not be consecutive; a step missing from a store is applied even when a later one already is
 * (steps written in parallel are independent). A store written by a newer program is refused rather than guessed at.
 */
final class Migrations {

    /** Every step, oldest first; a test checks this list against the resources and the Java steps. */
    static final List<String> SCRIPTS = List.of(
            "V1__events.sql",
            "V2__attempts_registrations_roles.sql",
            "V3__indexes.sql",
            "V4__sort_orders.sql",
            "V5__value_counts.sql",
            "V6__landmarks.sql",
            "V7__sort_key_commits.sql",
            "V8__attempt_value_counts.sql",
            "V9__import_format_codes.sql",
            "V10__registration_snapshots.sql",
            "V11__registration_data",
            "V12__snapshot_lists.sql",
            "V13__snapshot_lists_filled",
            "V14__store_settings.sql",
            "V15__text_values.sql",
            "V16__classic_category.sql",
            "V17__time_tie_break.sql",
            "V18__kept_answers.sql",
            "V19__views.sql");

    /** The steps written in Java, by name. */
    static final Map<String, Step> JAVA_STEPS = Map.of(
            "V11__registration_data", RegistrationDataStep::apply,
            "V13__snapshot_lists_filled", SnapshotLists::writeAll);

    /** A migration step written in Java; runs inside the step's transaction. */
    interface Step {
        void apply(Connection c) throws SQLException;
    }

    private Migrations() {
    }

    static int latestVersion() {
        return version(SCRIPTS.get(SCRIPTS.size() - 1));
    }

    static int version(String step) {
        return Integer.parseInt(step.substring(1, step.indexOf("__")));
    }

    /** Brings the schema up to date; returns the version found before. */
    static int apply(Connection c) throws SQLException, StoreException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, script VARCHAR NOT NULL,"
                    + " applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP)");
        }
        int current = currentVersion(c);
        if (current > latestVersion()) {
            throw new StoreException("The store was written by a newer version of SSPR Audit Viewer (schema "
                    + current + "); update the program to open it.");
        }
        Set<Integer> applied = appliedVersions(c);
        for (String step : SCRIPTS) {
            if (!applied.contains(version(step))) {
                applyOne(c, version(step), step);
            }
        }
        return current;
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Set<Integer> appliedVersions(Connection c) throws SQLException {
        Set<Integer> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    private static void applyOne(Connection c, int version, String script) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            Step java = JAVA_STEPS.get(script);
            if (java != null) {
                java.apply(c);
            } else {
                for (String sql : statements(read(script))) {
                    s.execute(sql);
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version (version, script) VALUES (?, ?)")) {
                p.setInt(1, version);
                p.setString(2, script);
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration resource " + script, e);
        }
    }

    /** Splits a script at semicolons that end a line; drops comment lines. */
    static List<String> statements(String script) {
        StringBuilder sb = new StringBuilder();
        for (String line : script.split("\\R")) {
            if (!line.strip().startsWith("--")) {
                sb.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(sb.toString().split(";\\s*\\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
