package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ssprviewer.sample.SampleGenerator;
import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.ImportRecord;
import com.ssprviewer.store.schema.DirectConnection;
import com.ssprviewer.store.schema.SnapshotLists;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forgetting a user leaves no trace of them and gives every answer a store gives that never saw them; retention
 * removes exactly the data older than its cut-off and gives the answers of a store imported without it; the import
 * history says what was removed and when, never what the rows said.
 */
class DataProtectionTest {

    private static final String USER = "gustav.demir@fabrikam.com";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeSample() throws IOException {
        new SampleGenerator(SampleSpec.defaults()).writeAll(sample, Progress.NONE);
    }

    @Test
    void aForgottenUserIsInNoTableAndEveryAnswerIsThatOfAStoreThatNeverSawThem() throws Exception {
        Path all = importInto("all", f -> true);
        String objectId = objectIdOf(USER);
        assertTrue(anyColumnHolds(all, USER), "the sample holds the user before");
        CliRun preview = CliRun.of("forget", "--db", all.toString(), USER.toUpperCase(Locale.ROOT));
        assertEquals(0, preview.exitCode(), preview.err());
        assertTrue(preview.out().contains("nothing removed"), preview.out());
        assertTrue(anyColumnHolds(all, USER), "a preview removes nothing");

        CliRun forget = CliRun.of("forget", "--db", all.toString(), USER, "--yes");
        assertEquals(0, forget.exitCode(), forget.err());

        assertFalse(anyColumnHolds(all, USER), "no column holds the user principal name");
        assertFalse(anyColumnHolds(all, objectId), "no column holds the object id");
        CliRun search = CliRun.of("events", "--db", all.toString(), "--text", "user:" + USER, "--format", "csv");
        assertEquals(0, search.exitCode(), search.err());
        assertEquals(1, search.out().lines().count(), "searching for a forgotten user finds only the header");
        Path without = importInto("without", text -> !mentions(text, USER, objectId));
        assertEquals(answers(without), answers(all));
        assertEquals(derived(without), derived(all), "value counts, sort key and dictionary as if never imported");
        ImportRecord logged = history(all).get(0);
        assertTrue(logged.fileName().matches("forgot a user: [0-9,]+ rows"), logged.fileName());
        assertEquals(1, CliRun.of("forget", "--db", all.toString(), USER, "--yes").exitCode(),
                "nothing is left about the user");
    }

    @Test
    void retentionRemovesExactlyWhatIsOlderThanItsCutOffAndAnswersAsAStoreImportedWithoutIt() throws Exception {
        Instant cutOff = Instant.parse("2025-03-15T00:00:00Z");
        Path all = importInto("all", f -> true);
        String before = answers(all);
        CliRun preview = CliRun.of("retention", "--db", all.toString(), "--keep-months", "1", "--as-of",
                "2025-04-15");
        assertEquals(0, preview.exitCode(), preview.err());
        assertTrue(preview.out().contains("data before 2025-03-15"), preview.out());
        assertEquals(before, answers(all), "showing what would go removes nothing");

        CliRun apply = CliRun.of("retention", "--db", all.toString(), "--as-of", "2025-04-15", "--apply");
        assertEquals(0, apply.exitCode(), apply.err());
        assertTrue(apply.out().contains("removed: "), apply.out());

        Path kept = importInto("kept", new NotBefore(cutOff));
        assertNotEquals(before, answers(all));
        assertEquals(answers(kept), answers(all));
        assertEquals(derived(kept), derived(all), "value counts, sort key and dictionary as if never imported");
        ImportRecord logged = history(all).get(0);
        assertTrue(logged.fileName().startsWith("retention: ") && logged.fileName().endsWith(
                " older than 2025-03-15 removed"), logged.fileName());
        assertTrue(logged.fileName().contains(" 1 snapshots"), logged.fileName());
    }

    /** The sample's files with the records (JSON) or lines (CSV) the filter keeps, imported into a new store. */
    private Path importInto(String name, Predicate<String> keep) throws IOException {
        Path files = Files.createDirectories(dir.resolve(name + "-files"));
        List<String> args = new ArrayList<>(List.of("import", "--db", dir.resolve(name).toString()));
        try (var listing = Files.list(sample)) {
            for (Path file : listing.sorted().toList()) {
                Path copy = files.resolve(file.getFileName());
                Files.writeString(copy, filtered(Files.readString(file), file.toString().endsWith(".json"), keep));
                args.add(copy.toString());
            }
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertTrue(run.exitCode() <= 1, run.err());
        return dir.resolve(name);
    }

    private static String filtered(String text, boolean json, Predicate<String> keep) throws IOException {
        if (!json) {
            List<String> lines = text.lines().toList();
            List<String> out = new ArrayList<>(List.of(lines.get(0)));
            lines.stream().skip(1).filter(keep).forEach(out::add);
            return String.join("\n", out) + "\n";
        }
        JsonNode root = JSON.readTree(text);
        ArrayNode records = root.isArray() ? (ArrayNode) root : (ArrayNode) root.get("value");
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode r : records) {
            if (keep.test(r.toString())) {
                kept.add(r);
            }
        }
        if (root.isArray()) {
            return kept.toString();
        }
        ((ObjectNode) root).set("value", kept);
        return root.toString();
    }

    /** Keeps the records of a time on or after the cut-off, and a snapshot's users when its day is. */
    private record NotBefore(Instant cutOff) implements Predicate<String> {
        @Override
        public boolean test(String record) {
            for (String field : new String[] {"\"activityDateTime\":\"", "\"lastUpdatedDateTime\":\""}) {
                int at = record.indexOf(field);
                if (at >= 0) {
                    String time = record.substring(at + field.length(), record.indexOf('"', at + field.length()));
                    return !Instant.parse(time.endsWith("Z") ? time : time + "Z").isBefore(cutOff);
                }
            }
            return !record.contains("2025-03-0") && !record.contains("2025-03-10") && !record.contains("2025-03-11")
                    && !record.contains("2025-03-12") && !record.contains("2025-03-13")
                    && !record.contains("2025-03-14") && !record.contains("3/1/2025") && !record.contains(",3/");
        }
    }

    private static boolean mentions(String text, String... names) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String n : names) {
            if (lower.contains(n.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private String objectIdOf(String upn) throws IOException {
        JsonNode users = JSON.readTree(sample.resolve("user-registration-details-2025-03-01.json").toFile())
                .get("value");
        for (JsonNode u : users) {
            if (u.get("userPrincipalName").asText().equalsIgnoreCase(upn)) {
                return u.get("id").asText();
            }
        }
        throw new AssertionError(upn + " is not in the sample's snapshot");
    }

    /** Every answer the command line gives: the summary, every list, and the coverage of every snapshot. */
    private static String answers(Path store) {
        StringBuilder sb = new StringBuilder();
        String db = store.toString();
        sb.append(out("summary", "--db", db, "--json", "--as-of", "2025-04-01T00:00:00Z"));
        for (String list : new String[] {"events", "attempts", "registrations", "policy"}) {
            sb.append(out(list, "--db", db, "--format", "csv"));
        }
        sb.append(out("coverage", "--db", db, "--json"));
        sb.append(CliRun.of("coverage", "--db", db, "--json", "--as-of", "2025-03-01").out());
        return sb.toString();
    }

    private static String out(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + ": " + run.err());
        return run.out();
    }

    private static List<ImportRecord> history(Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            return store.imports();
        }
    }

    /**
     * What the store derives from its rows, without their ids: the value counts, the searched values, the sort key's
     * values per field and the dictionary's texts (sort key entries are written in the background, so the store is
     * opened until done).
     */
    private static List<String> derived(Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            store.finishBackgroundWork();
        }
        List<String> out = new ArrayList<>();
        try (Connection c = DirectConnection.to(dir); Statement s = c.createStatement()) {
            for (String sql : new String[] {
                "SELECT field, text_value, row_count FROM value_counts WHERE row_count > 0 ORDER BY 1, 2",
                "SELECT field, text_value, row_count FROM text_values ORDER BY 1, 2",
                "SELECT field, sort_value, COUNT(*) FROM event_order GROUP BY field, sort_value ORDER BY 1, 2",
                "SELECT text FROM strings ORDER BY text"}) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        out.add(row.toString());
                    }
                }
            }
        }
        return out;
    }

    /** True when any text or binary column of any table (kept lists inflated) holds the text, in any case. */
    private static boolean anyColumnHolds(Path store, String text) throws Exception {
        String wanted = text.toLowerCase(Locale.ROOT);
        try (Connection c = DirectConnection.to(store);
             Statement s = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM"
                    + " INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            for (String[] col : columns) {
                boolean binary = col[2].contains("BINARY");
                if (!binary && !col[2].contains("CHAR")) {
                    continue;
                }
                try (ResultSet rs = s.executeQuery("SELECT \"" + col[1] + "\" FROM \"" + col[0] + "\"")) {
                    while (rs.next()) {
                        String value = binary ? binaryText(col[0], rs.getBytes(1)) : rs.getString(1);
                        if (value != null && value.toLowerCase(Locale.ROOT).contains(wanted)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static String binaryText(String table, byte[] bytes) throws Exception {
        if (bytes == null) {
            return null;
        }
        return table.equalsIgnoreCase("snapshot_lists") ? SnapshotLists.names(bytes).stream()
                .collect(Collectors.joining("\n")) : new String(bytes, StandardCharsets.UTF_8);
    }
}
