package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --blade coverage} prints the coverage of the newest snapshot, or of the one on or before
 * {@code --as-of}, with the sample README's figures, lists, changes and trend.
 */
class CoverageReportCommandTest {

    @TempDir
    Path dir;

    private String report(String... more) throws Exception {
        String db = dir.resolve("store").toString();
        CliRun imported = CliRun.of("import", "--db", db,
                Samples.copy(dir, RegistrationCoverageTest.MARCH).toString(),
                Samples.copy(dir, RegistrationCoverageTest.APRIL).toString());
        assertEquals(0, imported.exitCode(), imported.out() + imported.err());
        Path pdf = dir.resolve("coverage.pdf");
        List<String> args = new ArrayList<>(List.of("report", "--db", db, "--blade", "coverage", "--out",
                pdf.toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theReportOfTheNewestSnapshotHoldsAprilsFiguresListsChangesAndTrend() throws Exception {
        String text = report();
        assertTrue(text.contains("Registration coverage"), text);
        assertTrue(text.contains("Snapshot 2025-04-01: 35 members, 2 guests"), text);
        assertTrue(text.contains("SSPR registered 25 71.4% of members"), text);
        assertTrue(text.contains("SSPR enabled 34 97.1% of members"), text);
        assertTrue(text.contains("SSPR capable 24 68.6% of members"), text);
        assertTrue(text.contains("MFA registered 28 80.0% of members"), text);
        assertTrue(text.contains("Passwordless capable 6 17.1% of members"), text);
        assertTrue(text.contains("Alternate mobile phone 9"), text);
        assertTrue(text.contains("Microsoft Authenticator (push) 8"), text);
        assertTrue(text.contains("Software OTP 5"), text);
        assertTrue(text.contains("Windows Hello for Business 4"), text);
        assertTrue(text.contains("FIDO2 security key 2"), text);
        assertFalse(text.contains("alternateMobilePhone"), text);
        assertTrue(text.contains("Enabled but not registered 10 adele.vance@fabrikam.com"), text);
        assertTrue(text.contains("wei.zhang@fabrikam.com"), text);
        assertTrue(text.contains("Administrators not SSPR capable 3 isaiah.langer@fabrikam.com,"
                + " miriam.graham@fabrikam.com, patti.fernandez@fabrikam.com"), text);
        assertTrue(text.contains("Methods unknown 1 cameron.white@fabrikam.com"), text);
        assertTrue(text.contains("Newly registered since"), text);
        for (String user : List.of("allan.deyoung@fabrikam.com", "debra.berger@fabrikam.com",
                "grady.archie@fabrikam.com", "tom.hansen@fabrikam.com")) {
            assertTrue(text.contains(user), user);
        }
        assertTrue(text.contains("Registration lost since 2025-03-01 1 adele.vance@fabrikam.com"), text);
        assertTrue(text.contains("New users since 2025-03-01 2 tom.hansen@fabrikam.com, wei.zhang@fabrikam.com"),
                text);
        assertTrue(text.contains("Gone users since 2025-03-01 1 gerhart.moller@fabrikam.com"), text);
        assertTrue(text.contains("2025-03-01 34 22 21"), text);
        assertTrue(text.contains("2025-04-01 35 25 24"), text);
    }

    @Test
    void theReportAsOfTheFirstOfMarchHoldsMarchsFiguresAndNoChanges() throws Exception {
        String text = report("--as-of", "2025-03-01");
        assertTrue(text.contains("Snapshot 2025-03-01: 34 members, 2 guests"), text);
        assertTrue(text.contains("SSPR registered 22 64.7% of members"), text);
        assertTrue(text.contains("SSPR enabled 33"), text);
        assertTrue(text.contains("SSPR capable 21"), text);
        assertTrue(text.contains("MFA registered 25"), text);
        assertTrue(text.contains("Passwordless capable 7"), text);
        assertTrue(text.contains("Alternate mobile phone 10"), text);
        assertTrue(text.contains("Enabled but not registered 12 allan.deyoung@fabrikam.com"), text);
        assertFalse(text.contains("since 2025"), text);
        assertFalse(text.contains("2025-04-01"), text);
    }

    @Test
    void theReportCommandOffersTheCoverageBlade() throws Exception {
        CliRun run = CliRun.of("report", "--help");
        assertTrue((run.out() + run.err()).contains("--blade overview|resets|registrations|auditlog|policy|coverage"),
                run.out() + run.err());
    }
}
