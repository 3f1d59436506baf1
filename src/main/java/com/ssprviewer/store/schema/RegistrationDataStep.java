package com.ssprviewer.store.schema;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Migration V11: registrations stored from audit exports before their data was worked out from the records of their
 * session get it now ({@link RegistrationData}); classic rows keep the data their report lists.
 */
final class RegistrationDataStep {

    private RegistrationDataStep() {
    }

    static void apply(Connection c) throws SQLException {
        RegistrationData.refresh(c, new Strings(), null, 0, 0);
    }
}
