package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A store written by release 0.1.0 (committed under {@code src/test/resources/stores/v0.1.0}) opens with today's
 * program, migrates, and gives every answer that release gave, byte for byte.
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
                new Object[] {"summary.json", List.of("summary", "--as-of", AS_OF, "--json")},
                new Object[] {"summary.txt", List.of("summary", "--as-of", AS_OF)},
                new Object[] {"events.csv", List.of("events", "--format", "csv")},
                new Object[] {"events.json", List.of("events", "--format", "json")},
                new Object[] {"attempts.csv", List.of("attempts", "--format", "csv")},
                new Object[] {"attempts.json", List.of("attempts", "--format", "json")},
                new Object[] {"registrations.csv", List.of("registrations", "--format", "csv")},
                new Object[] {"registrations.json", List.of("registrations", "--format", "json")},
                new Object[] {"events-by-target.csv", List.of("events", "--sort", "target", "--format", "csv")},
                new Object[] {"attempts-failed-by-details.csv", List.of("attempts", "--sort", "details:desc",
                        "--result", "Failed,Blocked", "--format", "csv")},
                new Object[] {"registrations-by-user.csv", List.of("registrations", "--sort", "user", "--format",
                        "csv")});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void everyAnswerOfTheEarlierReleaseIsUnchanged(String expectedFile, List<String> command) throws IOException {
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
        assertEquals(resource("expected/" + expectedFile), run.out());
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
