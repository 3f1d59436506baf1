package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ssprviewer.lists.ListDefinitions;
import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.report.ReportRequest;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.StorePages;
import com.ssprviewer.report.xlsx.ListWorkbook;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.AttemptRow;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelWorkbookTest {

    private static final String FORMULA_USER = "=hyperlink(\"http://203.0.113.9/\",\"open\")";

    @TempDir
    Path dir;

    @Test
    void aListWorkbookHoldsTypedCellsWithTimesInTheChosenZoneAndFormulaLookingTextAsText() throws Exception {
        Path xlsx = dir.resolve("attempts.xlsx");
        CliRun run = CliRun.of("attempts", "--db", store().toString(), "--sort", "date", "--format", "xlsx",
                "--zone", "Europe/Stockholm", "--out", xlsx.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(xlsx + ": 2 rows\n", run.out().replace("\r\n", "\n"));

        try (ReadableWorkbook book = new ReadableWorkbook(xlsx.toFile())) {
            List<Sheet> sheets = book.getSheets().toList();
            assertEquals(List.of("Password reset activity", "Filters"), sheets.stream().map(Sheet::getName).toList());
            List<Row> rows = sheets.get(0).read();
            assertEquals(3, rows.size());
            assertEquals("User", rows.get(0).getCell(0).asString());
            assertEquals("Date and time (Europe/Stockholm)", rows.get(0).getCell(2).asString());

            Cell user = rows.get(1).getCell(0);
            assertEquals(CellType.STRING, user.getType());
            assertEquals(FORMULA_USER + "@fabrikam.com", user.asString());
            assertNull(user.getFormula());
            Cell time = rows.get(1).getCell(2);
            assertEquals(CellType.NUMBER, time.getType());
            assertEquals(LocalDateTime.of(2025, 3, 4, 10, 6, 2), time.asDate(), "09:06:02 UTC in Stockholm");
            assertEquals(LocalDateTime.of(2025, 3, 5, 0, 30), rows.get(2).getCell(2).asDate(), "the next day there");
            assertEquals("+46 is not a phone", rows.get(2).getCell(5).asString());
            assertEquals("Failed", rows.get(2).getCell(4).asString());
        }
        String sheet = sheetXml(xlsx, 1);
        assertTrue(sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""), "the header row stays");
        assertTrue(sheet.contains("<autoFilter ref=\"A1:F3\""), sheet);
        assertTrue(sheet.contains("<col "), "the columns have widths: " + sheet);
        assertFalse(sheet.contains("<f>"), "no cell is a formula");
    }

    @Test
    void theFiltersSheetNamesTheFiltersTheZoneAndTheMomentOfExport() throws Exception {
        Path xlsx = dir.resolve("failed.xlsx");
        Instant before = Instant.now().minusSeconds(1);
        CliRun run = CliRun.of("attempts", "--db", store().toString(), "--result", "Failed", "--format", "xlsx",
                "--zone", "Europe/Stockholm", "--out", xlsx.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.err());

        try (ReadableWorkbook book = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> rows = book.findSheet("Filters").orElseThrow().read();
            String text = rows.stream().map(r -> r.getCellText(0) + "=" + r.getCellText(1))
                    .collect(Collectors.joining("\n"));
            assertTrue(text.contains("Contents=Password reset activity"), text);
            assertTrue(text.contains("Filter=Result: Failed"), text);
            assertTrue(text.contains("Sort=date:desc"), text);
            assertTrue(text.contains("Time zone=Europe/Stockholm"), text);
            Row count = rows.stream().filter(r -> r.getCellText(0).equals("Rows")).findFirst().orElseThrow();
            assertEquals(BigDecimal.ONE, count.getCell(1).asNumber());
            Row exported = rows.stream().filter(r -> r.getCellText(0).equals("Exported at")).findFirst()
                    .orElseThrow();
            LocalDateTime at = exported.getCell(1).asDate();
            assertFalse(at.isBefore(LocalDateTime.ofInstant(before, ZoneId.of("Europe/Stockholm")).withNano(0)));
        }
    }

    @Test
    void theOverviewWorkbookHoldsTheAnswersAndTheTablesBehindTheCharts() throws Exception {
        Path xlsx = dir.resolve("overview.xlsx");
        CliRun run = CliRun.of("report", "--db", store().toString(), "--blade", "overview", "--as-of",
                "2025-03-06T00:00:00Z", "--format", "xlsx", "--out", xlsx.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(xlsx + ": 8 sheets\n", run.out().replace("\r\n", "\n"));

        try (ReadableWorkbook book = new ReadableWorkbook(xlsx.toFile())) {
            assertEquals(List.of("Answers", "Outcomes", "Outcomes per day", "Methods used", "Data registered",
                    "Top problems", "Suspicious activity", "Filters"),
                    book.getSheets().map(Sheet::getName).toList());
            List<Row> answers = book.findSheet("Answers").orElseThrow().read();
            Row resets = answers.stream().filter(r -> r.getCellText(0).equals("Resets, last 7 days")).findFirst()
                    .orElseThrow();
            assertEquals(CellType.NUMBER, resets.getCell(1).getType());
            assertEquals(new BigDecimal(1), resets.getCell(1).asNumber());
            List<Row> outcomes = book.findSheet("Outcomes").orElseThrow().read();
            Row failed = outcomes.stream().filter(r -> r.getCellText(0).equals("Failed")).findFirst().orElseThrow();
            assertEquals(BigDecimal.ONE, failed.getCell(1).asNumber());
            List<Row> days = book.findSheet("Outcomes per day").orElseThrow().read();
            assertEquals(LocalDateTime.of(2025, 3, 4, 0, 0), days.get(1).getCell(0).asDate());
        }
    }

    @Test
    void aWorkbookIsNeverWrittenToTheTerminal() throws Exception {
        CliRun run = CliRun.of("events", "--db", store().toString(), "--format", "xlsx");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("events: --format xlsx needs --out FILE.xlsx: a workbook is a file and is"
                + " never written to the terminal\n"), run.err());
    }

    @Test
    void aListLongerThanASheetIsRefusedBeforeAnythingIsWrittenAndCsvIsOffered() throws Exception {
        Path xlsx = dir.resolve("too-long.xlsx");
        String db = store().toString();
        System.setProperty(ListWorkbook.MAX_ROWS_PROPERTY, "2");
        CliRun run;
        try {
            run = CliRun.of("attempts", "--db", db, "--format", "xlsx", "--out", xlsx.toString(), "--quiet");
        } finally {
            System.clearProperty(ListWorkbook.MAX_ROWS_PROPERTY);
        }
        assertEquals(1, run.exitCode());
        assertEquals("attempts: " + xlsx + " was not written: the list has 2 rows, more than the 1 an Excel sheet"
                + " holds below its header; narrow the filters (or use --limit), or export it with --format csv,"
                + " which holds any length.\n", run.err().replace("\r\n", "\n"));
        assertEquals(List.of(), filesIn(dir.resolve("too-long.xlsx").getParent(), ".xlsx"));
    }

    @Test
    void aCancelledExportLeavesNoFileAndKeepsAnEarlierOne() throws Exception {
        Path db = store();
        Path xlsx = dir.resolve("kept.xlsx");
        Files.writeString(xlsx, "an earlier workbook");
        Progress cancelled = new Progress() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        try (Store store = Store.open(db)) {
            ReportRequest request = new ReportRequest(ReportBlade.RESETS, EventFilter.NONE, Instant.now(),
                    ZoneId.of("UTC"), new ReportTexts(Locale.ENGLISH), db.toString());
            StorePages<AttemptRow> rows = new StorePages<>(
                    (f, s, p) -> ListDefinitions.ATTEMPTS.fetcher().page(store, f, s, p), EventFilter.NONE,
                    ListDefinitions.ATTEMPTS.defaultSort());
            boolean stopped = false;
            try {
                ListWorkbook.write(xlsx, new ListWorkbook.Rows<>(ListDefinitions.ATTEMPTS,
                        ListDefinitions.ATTEMPTS.columns(), List.of("a", "b", "c", "d", "e", "f"), rows, 2,
                        "date:desc"), request, Instant.now(), cancelled);
            } catch (CancellationException e) {
                stopped = true;
            }
            assertTrue(stopped);
        }
        assertEquals("an earlier workbook", Files.readString(xlsx));
        assertEquals(List.of("kept.xlsx"), filesIn(dir, "xlsx").stream().toList());
        assertEquals(List.of(), filesIn(dir, ".tmp"));
    }

    @Test
    void csvAndJsonStayOnStandardOutputInUtc() throws Exception {
        CliRun run = CliRun.of("events", "--db", store().toString(), "--zone", "Europe/Stockholm");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("events: --out and --zone are for --format xlsx"), run.err());
    }

    private static List<String> filesIn(Path folder, String ending) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(ending)).sorted().toList();
        }
    }

    private static String sheetXml(Path xlsx, int number) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + number + ".xml"))
                    .readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path store() throws IOException {
        Path csv = dir.resolve("classic-password-reset-activity.csv");
        Files.writeString(csv, "User,Role,Date and Time,Methods Used,Result,Details\r\n"
                + "\"" + FORMULA_USER.replace("\"", "\"\"") + "@fabrikam.com\",User,2025-03-04 09:06:02,"
                + "Mobile Phone,Succeeded,User successfully reset password\r\n"
                + "megan@fabrikam.com,User,2025-03-04 23:30:00,Email,Failed,+46 is not a phone\r\n");
        Path db = dir.resolve("store");
        CliRun imported = CliRun.of("import", "--db", db.toString(), "--zone", "UTC", "--quiet", csv.toString());
        assertEquals(0, imported.exitCode(), imported.out() + imported.err());
        return db;
    }
}
