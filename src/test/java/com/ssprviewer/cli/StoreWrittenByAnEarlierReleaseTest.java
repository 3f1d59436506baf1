package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A store written by release 0.1.0 (committed under {@code src/test/resources/stores/v0.1.0}) opens with today's
 * program, migrates, and gives every answer that release gave, byte for byte, except where a later release answers
 * better on purpose: each such answer is named below with what changed and why.
 *
 * <p>Lists sorted by a column other than the date now order rows of equal values by date (in the sort's direction:
 * newest first when descending), then by id, where the release left them in id order, which is import order. Their
 * expected answers are the release's rows re-sorted that way ({@link #byDateWithinValues}): a stable sort by (value,
 * date) keeps the release's id order for rows equal in both, so the rows themselves are byte for byte the release's.
 */
class StoreWrittenByAnEarlierReleaseTest {

    private static final String FIXTURE = "/stores/v0.1.0/";
    private static final String AS_OF = "2025-03-26T00:00:00Z";

    /** The files release 0.1.0 imported, in order (for the README of the fixture). */
    static final List<String> IMPORTED = List.of("classic-password-reset-activity.csv",
            "classic-registration-activity.csv", "audit-logs-download.csv", "audit-logs-download.json",
            "graph-directoryAudits-page1.json", "graph-directoryAudits-page2.json", "broken-rows.csv",
            "not-an-export.txt");

    @TempDir
    Path dir;

    static List<Object[]> answers() {
        return List.of(
                new Object[] {"events.csv", List.of("events", "--format", "csv")},
                new Object[] {"events.json", List.of("events", "--format", "json")},
                new Object[] {"attempts.csv", List.of("attempts", "--format", "csv")},
                new Object[] {"attempts.json", List.of("attempts", "--format", "json")},
                new Object[] {"events-by-target.csv", List.of("events", "--sort", "target", "--format", "csv")},
                new Object[] {"attempts-failed-by-details.csv", List.of("attempts", "--sort", "details:desc",
                        "--result", "Failed,Blocked", "--format", "csv")});
    }

    /**
     * The answers that name the data registered. Since registrations from audit exports take their data from the
     * records of their registration session, the migration gives renee.oconnor@fabrikam.com's registration of
     * 2025-03-06 (whose session says "User registered Mobile Phone SMS") its Mobile Phone, and with it one more user
     * whose latest registration includes Mobile Phone (22 -> 23). Nothing else changes.
     */
    static List<Object[]> dataRegisteredAnswers() {
        String renee = "renee.oconnor@fabrikam.com,,2025-03-06T13:53:06.803704500Z,";
        String reneeJson = "\"renee.oconnor@fabrikam.com\",\"role\":null,\"date\":\"2025-03-06T13:53:06.803704500Z\","
                + "\"data\":";
        String reneeSummary = "\"time\" : \"2025-03-06T13:53:06.803704500Z\",\n    \"data\" : ";
        return List.of(
                new Object[] {"summary.json", List.of("summary", "--as-of", AS_OF, "--json"),
                        List.of(reneeSummary + "[ ]", "\"Mobile Phone\" : 22"),
                        List.of(reneeSummary + "[ \"Mobile Phone\" ]", "\"Mobile Phone\" : 23")},
                new Object[] {"summary.txt", List.of("summary", "--as-of", AS_OF),
                        List.of("Mobile Phone 22"), List.of("Mobile Phone 23")},
                new Object[] {"registrations.csv", List.of("registrations", "--format", "csv"),
                        List.of(renee + "\r\n"), List.of(renee + "Mobile Phone\r\n")},
                new Object[] {"registrations.json", List.of("registrations", "--format", "json"),
                        List.of(reneeJson + "[]"), List.of(reneeJson + "[\"Mobile Phone\"]")},
                new Object[] {"registrations-by-user.csv", List.of("registrations", "--sort", "user", "--format",
                        "csv"), List.of(renee + "\r\n"), List.of(renee + "Mobile Phone\r\n")});
    }

    /**
     * Every answer is the release's, except that classic report rows are now in the category Entra gives these
     * activities (UserManagement), no longer in "Self-service Password Management", which is the service's name
     * and no category Entra has; nothing else about them changes.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void everyAnswerOfTheEarlierReleaseIsUnchangedButTheClassicRowsCategory(String expectedFile,
            List<String> command) throws IOException {
        String release = resource("expected/" + expectedFile);
        String today = release.replace(CLASSIC_CSV, CLASSIC_CSV_TODAY).replace(CLASSIC_JSON, CLASSIC_JSON_TODAY);
        if (command.get(0).equals("events")) {
            assertTrue(count(release, CLASSIC_CSV) + count(release, CLASSIC_JSON) > 10, "classic rows are listed");
        }
        assertEquals(byDateWithinValues(today, command), answer(command));
    }

    private static final String CLASSIC_CSV = ",Self-service Password Management,Self-service Password Management,"
            + "Password reset ";
    private static final String CLASSIC_CSV_TODAY = ",Self-service Password Management,UserManagement,"
            + "Password reset ";
    private static final String CLASSIC_JSON = "\"category\":\"Self-service Password Management\","
            + "\"activity\":\"Password reset ";
    private static final String CLASSIC_JSON_TODAY = "\"category\":\"UserManagement\",\"activity\":\"Password reset ";

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataRegisteredAnswers")
    void answersNamingTheDataRegisteredDifferOnlyByTheDataTheMigrationFound(String expectedFile,
            List<String> command, List<String> before, List<String> after) throws IOException {
        String today = answer(command);
        assertEquals(byDateWithinValues(resource("expected/after-data-registered/" + expectedFile), command), today);
        String release = byDateWithinValues(resource("expected/" + expectedFile), command);
        for (int i = 0; i < before.size(); i++) {
            assertEquals(1, count(release, before.get(i)), before.get(i));
            release = release.replace(before.get(i), after.get(i));
        }
        assertEquals(release, today);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classicFiles")
    void aClassicFileTheEarlierReleaseImportedIsStillKnownAfterItsRowsChangedCategory(String file)
            throws IOException {
        Path sample = dir.resolve(file);
        try (InputStream in = getClass().getResourceAsStream("/samples/" + file)) {
            Files.copy(in, sample);
        }

        String said = answer(List.of("import", sample.toString()));

        assertTrue(said.contains(" 0 added, "), said);
        assertTrue(!said.contains(" 0 duplicates"), said);
    }

    static List<String> classicFiles() {
        return List.of("classic-password-reset-activity.csv", "classic-registration-activity.csv");
    }

    private String answer(List<String> command) throws IOException {
        Path store = copyOfStore();
        String[] args = new String[command.size() + 2];
        args[0] = command.get(0);
        args[1] = "--db";
        args[2] = store.toString();
        for (int i = 1; i < command.size(); i++) {
            args[i + 2] = command.get(i);
        }
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return run.out();
    }

    /**
     * A CSV answer of a list sorted by a column other than the date ({@code --sort FIELD[:desc]}), its rows sorted
     * stably by (that column, date) in the sort's direction; any other answer as it is.
     */
    static String byDateWithinValues(String answer, List<String> command) {
        int sortAt = command.indexOf("--sort");
        if (sortAt < 0 || !command.contains("csv")) {
            return answer;
        }
        String[] sort = command.get(sortAt + 1).split(":");
        if (sort[0].equals("date")) {
            return answer;
        }
        List<String> lines = new ArrayList<>(List.of(answer.split("\r\n")));
        List<String> header = fields(lines.get(0));
        int value = header.indexOf(sort[0]);
        int date = header.indexOf("date");
        assertTrue(value >= 0 && date >= 0, "the answer lists its sort column and the date");
        Comparator<String> order = Comparator.comparing((String line) -> fields(line).get(value))
                .thenComparing(line -> Instant.parse(fields(line).get(date)));
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        rows.sort(sort.length > 1 && sort[1].equals("desc") ? order.reversed() : order);
        return lines.get(0) + "\r\n" + String.join("\r\n", rows) + (rows.isEmpty() ? "" : "\r\n");
    }

    /** The fields of one CSV line, unquoted. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private Path copyOfStore() throws IOException {
        Path store = Files.createDirectories(dir.resolve("store"));
        try (InputStream in = getClass().getResourceAsStream(FIXTURE + "store/sspr.mv.db")) {
            Files.copy(in, store.resolve("sspr.mv.db"));
        }
        return store;
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(FIXTURE + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
