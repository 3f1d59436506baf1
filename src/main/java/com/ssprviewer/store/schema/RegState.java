package com.ssprviewer.store.schema;

import com.ssprviewer.model.UserRegistration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * One row of {@code reg_states}: a combination of flags and methods that any number of users share. Equal states
 * are equal records, so a map finds the row of a user's state.
 */
public record RegState(boolean member, boolean admin, boolean ssprRegistered, boolean ssprEnabled,
                       boolean ssprCapable, boolean mfaRegistered, boolean mfaCapable, boolean passwordlessCapable,
                       boolean systemPreferredOn, boolean methodsKnown, long methods, long systemPreferred,
                       String userPreferred, String defaultMfa) {

    static final String COLUMNS = "member, admin, sspr_registered, sspr_enabled, sspr_capable, mfa_registered,"
            + " mfa_capable, passwordless_capable, system_preferred_on, methods_known, methods, system_preferred,"
            + " user_preferred, default_mfa";

    /** The state of a user as read from an export, adding new method names to the dictionary. */
    public static RegState of(Connection c, UserRegistration u, RegMethods dictionary) throws SQLException {
        return new RegState(u.member(), u.admin(), u.ssprRegistered(), u.ssprEnabled(), u.ssprCapable(),
                u.mfaRegistered(), u.mfaCapable(), u.passwordlessCapable(), u.systemPreferredMethodEnabled(),
                u.methodsKnown(), dictionary.mask(c, u.methodsRegistered()),
                dictionary.mask(c, u.systemPreferredMethods()), u.userPreferredMethod(), u.defaultMfaMethod());
    }

    /** The state as the model holds it, with the person's names; no time (the snapshot's day stands for it). */
    public UserRegistration registration(String objectId, String upn, String displayName, RegMethods dictionary) {
        return new UserRegistration(objectId, upn, displayName, member, admin, ssprRegistered, ssprEnabled,
                ssprCapable, mfaRegistered, mfaCapable, passwordlessCapable, systemPreferredOn, methodsKnown,
                dictionary.names(methods), dictionary.names(systemPreferred), userPreferred, defaultMfa, null);
    }

    /** Every stored state by its id. */
    public static Map<Integer, RegState> readAll(Connection c) throws SQLException {
        Map<Integer, RegState> out = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, " + COLUMNS + " FROM reg_states")) {
            while (rs.next()) {
                out.put(rs.getInt(1), new RegState(rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9),
                        rs.getBoolean(10), rs.getBoolean(11), rs.getLong(12), rs.getLong(13), rs.getString(14),
                        rs.getString(15)));
            }
        }
        return out;
    }

    /** Writes this state as row {@code id}. */
    public void insert(Connection c, int id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO reg_states (id, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setInt(1, id);
            boolean[] flags = {member, admin, ssprRegistered, ssprEnabled, ssprCapable, mfaRegistered, mfaCapable,
                passwordlessCapable, systemPreferredOn, methodsKnown};
            for (int i = 0; i < flags.length; i++) {
                p.setBoolean(i + 2, flags[i]);
            }
            p.setLong(12, methods);
            p.setLong(13, systemPreferred);
            p.setString(14, userPreferred);
            p.setString(15, defaultMfa);
            p.executeUpdate();
        }
    }

    /** Inverts {@link #readAll}: the id of each state. */
    public static Map<RegState, Integer> ids(Map<Integer, RegState> byId) {
        Map<RegState, Integer> out = new HashMap<>();
        byId.forEach((id, state) -> out.put(state, id));
        return out;
    }
}
