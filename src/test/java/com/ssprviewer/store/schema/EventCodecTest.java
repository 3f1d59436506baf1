package com.ssprviewer.store.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ssprviewer.model.Actor;
import com.ssprviewer.model.KeyValue;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever text an export holds, the parts of an event kept in its detail column come back exactly as they went in. */
class EventCodecTest {

    private static final String AWKWARD = "quote \" backslash \\ slash / tab\t newline\n cr\r nul\u0000 bell\u0007"
            + " unit\u001f del\u007f nbsp\u00a0 Å ä ö İ emoji \ud83d\udd11 line sep\u2028 [1,\"x\"] {\"a\":null}";

    @Test
    void everyTextComesBackExactlyWithNullsAndEmptyListsKept() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:")) {
            EventCodec codec = codecOver(c);
            List<EventCodec.Detail> details = List.of(
                    new EventCodec.Detail(AWKWARD, "Update", AWKWARD, "User",
                            new Actor("User", AWKWARD, "oid", "a@x.com", "203.0.113.1", "tenant", null, null, ""),
                            List.of(new Target("User", "Lee", "oid-2", "lee@x.com", List.of(
                                    new ModifiedProperty("StrongAuthenticationMethod", "[]", AWKWARD),
                                    new ModifiedProperty(AWKWARD, null, ""))),
                                    new Target(null, null, null, null, List.of())),
                            List.of(new KeyValue("UserType", AWKWARD), new KeyValue(AWKWARD, null)),
                            List.of(Method.MOBILE_PHONE, Method.ALTERNATE_EMAIL)),
                    new EventCodec.Detail(null, null, null, null, Actor.NONE, List.of(), List.of(), List.of()),
                    new EventCodec.Detail("", "", "", "", new Actor("", "", "", "", null, "", "", "", ""),
                            List.of(), List.of(new KeyValue("", "")), List.of()));
            for (int round = 0; round < 2; round++) {
                for (EventCodec.Detail d : details) {
                    String json = codec.encode(d);
                    assertEquals(d, codec.decode(json, d.actor().ipAddress()), json);
                }
            }
        }
    }

    @Test
    void manyDictionaryEntriesAndTextsLongerThanTheBufferComeBackExactly() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:")) {
            EventCodec codec = codecOver(c);
            String longText = "x\"y".repeat(2_000);
            for (int i = 0; i < 1_200; i++) {
                EventCodec.Detail d = new EventCodec.Detail("id-" + i, "Update", "agent " + i, null,
                        new Actor("User", "Name " + (i % 97), "oid-" + i, "u" + i + "@x.com", null, null, null, null,
                                null),
                        List.of(), List.of(new KeyValue("key " + (i % 13), i % 100 == 0 ? longText : "v" + i)),
                        List.of(Method.values()[i % Method.values().length]));
                String json = codec.encode(d);
                assertEquals(d, codec.decode(json, null), json);
            }
        }
    }

    /** A codec whose dictionary lives in a fresh in-memory database. */
    private static EventCodec codecOver(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE strings (id INT PRIMARY KEY, text VARCHAR NOT NULL)");
        }
        return new EventCodec(new Strings(), c);
    }
}
