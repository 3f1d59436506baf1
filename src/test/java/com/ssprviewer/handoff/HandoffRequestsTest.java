package com.ssprviewer.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbox is read as hostile input: the window takes only requests as the command writes them, and answers any
 * other with why it refused; a request no window takes is withdrawn, so the command imports itself.
 */
class HandoffRequestsTest {

    @TempDir
    Path dir;

    @Test
    void aRequestReadsBackAsWrittenWhateverItsNamesHold() throws Exception {
        ImportRequest request = new ImportRequest(dir, List.of("a.csv", "odd\nname\\x;.json"),
                ZoneId.of("Europe/Stockholm"), LocalDate.of(2025, 3, 1));
        assertEquals(request, ImportRequest.decode(request.encode()));
    }

    @Test
    void aRequestWithAnUnknownFieldOrAMissingOneOrARelativeFolderIsRefused() {
        String good = new ImportRequest(dir, List.of("a.csv"), ZoneId.of("UTC"), null).encode();
        for (String bad : List.of(good + "run=rm -rf /\n", good.replace("base=" + dir, "base=relative"),
                good.replace("zone=UTC\n", ""), good.replace("file=a.csv\n", ""), "not a request\n",
                good + "file=\\x\n", good.substring(0, good.length() - 1), good.replace("UTC", "Mars/Olympus"))) {
            assertThrows(InvalidInboxFile.class, () -> ImportRequest.decode(bad), bad);
        }
    }

    @Test
    void aRequestWithMoreFilesThanAllowedIsRefused() {
        StringBuilder huge = new StringBuilder(ImportRequest.HEADER + "\nbase=" + dir + "\nzone=UTC\n");
        huge.append("file=a.csv\n".repeat(ImportRequest.MAX_FILES + 1));
        assertThrows(InvalidInboxFile.class, () -> ImportRequest.decode(huge.toString()));
    }

    @Test
    void theWindowAnswersAForgedRequestWithWhyAndRunsNothing() throws Exception {
        List<HandedOff> handed = new CopyOnWriteArrayList<>();
        try (InboxWatcher watcher = InboxWatcher.start(dir, handed::add)) {
            waitFor(watcher::watching);
            Inbox inbox = Inbox.of(dir);
            inbox.writeWhole(inbox.file("abc", Inbox.REQUEST), ImportRequest.HEADER + "\nexec=calc.exe\n");
            Path result = inbox.file("abc", Inbox.RESULT);
            waitFor(() -> Files.exists(result));
            ImportAnswer answer = ImportAnswer.decode(Files.readString(result));
            assertTrue(answer.err().get(0).contains("refused the import handed to it"), answer.toString());
            assertEquals(List.of(), handed);
        }
    }

    @Test
    void aRequestNoWindowTakesIsWithdrawnSoTheCommandImportsItself() throws Exception {
        Files.createDirectories(Inbox.of(dir).folder());
        HandoffClient client = HandoffClient.to(dir);
        boolean[] taken = {false};
        assertTrue(client.handOff(new ImportRequest(dir, List.of("a.csv"), ZoneId.of("UTC"), null),
                Duration.ofMillis(300), () -> taken[0] = true).isEmpty());
        try (var left = Files.list(Inbox.of(dir).folder())) {
            assertEquals(List.of(), left.toList(), "the request was taken back");
        }
        assertEquals(false, taken[0]);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < giveUp, "timed out");
            Thread.sleep(20);
        }
    }
}
