package com.ssprviewer.store.schema;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** A connection to a closed store's database with the store's own credentials, for tests that look behind it. */
public final class DirectConnection {

    private DirectConnection() {
    }

    public static Connection to(Path storeDir) throws SQLException, IOException {
        return StoreConnector.open(storeDir.toAbsolutePath().normalize(), null, false).connection();
    }
}
