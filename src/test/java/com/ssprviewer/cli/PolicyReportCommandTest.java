package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --blade policy} prints the policy changes; {@code policy} lists them for scripts. */
class PolicyReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void theReportOfThePolicyBladeHoldsEveryChangeWithItsReadableOldAndNewValues() throws Exception {
        String db = store().toString();
        Path pdf = dir.resolve("policy.pdf");
        CliRun run = CliRun.of("report", "--db", db, "--blade", "policy", "--out", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(pdf + ": 1 page\n", run.out().replace("\r\n", "\n"));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Password reset policy changes"), text);
        assertTrue(text.contains("Rows: 3"), text);
        assertTrue(text.contains("Number of methods required to reset: 1 -> 2"), text);
        assertTrue(text.contains("Methods available to users: Email, Mobile phone -> Email, Mobile phone, Mobile app"
                + " notification"), text);
        assertTrue(text.contains("Self service password reset enabled: Selected -> All"), text);
        assertTrue(text.contains("patti.fernandez@fabrikam.com"), text);
        assertTrue(text.contains("2025-03-24 09:30:45"), text);
    }

    @Test
    void theReportOfAPeriodHoldsOnlyItsChanges() throws Exception {
        Path pdf = dir.resolve("march.pdf");
        CliRun run = CliRun.of("report", "--db", store().toString(), "--blade", "policy", "--from", "2025-03-01",
                "--to", "2025-03-15", "--out", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Number of methods required to reset: 1 -> 2"), text);
        assertFalse(text.contains("Selected -> All"), text);
    }

    @Test
    void thePolicyCommandListsTheChangesAsCsv() throws Exception {
        CliRun run = CliRun.of("policy", "--db", store().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(String.join("\n",
                "date,initiatedBy,status,changes",
                "2025-03-24T09:30:45.500Z,patti.fernandez@fabrikam.com,Success,"
                        + "Self service password reset enabled: Selected -> All",
                "2025-03-10T14:02:11.200Z,patti.fernandez@fabrikam.com,Success,"
                        + "\"Methods available to users: Email, Mobile phone -> Email, Mobile phone, Mobile app"
                        + " notification\"",
                "2025-03-10T14:02:11.100Z,patti.fernandez@fabrikam.com,Success,"
                        + "Number of methods required to reset: 1 -> 2", ""),
                run.out().replace("\r\n", "\n"));
    }

    @Test
    void theReportCommandNamesThePolicyBlade() {
        CliRun run = CliRun.of("report", "--help");
        assertTrue(run.out().contains("overview|resets|registrations|auditlog|policy"), run.out());
    }

    private Path store() throws Exception {
        Path db = dir.resolve("store");
        Path file = Samples.copy(dir, "sspr-policy-changes.json");
        CliRun imported = CliRun.of("import", "--db", db.toString(), file.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        return db;
    }
}
