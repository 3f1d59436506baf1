package com.ssprviewer.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.model.AuditEvent;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedTextsTest {

    @Test
    void anEqualTextComesBackAsTheFirstInstance() {
        RepeatedTexts texts = new RepeatedTexts();
        String first = texts.of(new String("Self-service Password Management"));
        assertSame(first, texts.of(new String("Self-service Password Management")));
    }

    @Test
    void textsThatShareASlotAreEachReturnedUnchanged() {
        RepeatedTexts texts = new RepeatedTexts();
        assertEquals("Aa".hashCode(), "BB".hashCode());
        for (int i = 0; i < 3; i++) {
            assertEquals("Aa", texts.of(new String("Aa")));
            assertEquals("BB", texts.of(new String("BB")));
        }
        assertNull(texts.of(null));
        assertEquals("", texts.of(""));
    }

    @Test
    void jsonRecordsShareTheTextsTheyRepeat() throws IOException {
        List<AuditEvent> events = Exports.events(Exports.readAll(Exports.sample("graph-directoryAudits-page1.json")));
        assertTrue(events.size() > 1);
        for (AuditEvent e : events) {
            assertSame(events.get(0).service(), e.service());
        }
    }
}
