package com.ssprviewer.report.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.print.DocFlavor;
import javax.print.PrintService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPrinterTest {

    private static final Set<DocFlavor> PDF = Set.of(DocFlavor.INPUT_STREAM.PDF, DocFlavor.INPUT_STREAM.AUTOSENSE);
    private static final Set<DocFlavor> AUTOSENSE = Set.of(DocFlavor.INPUT_STREAM.AUTOSENSE);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private Path pdf() throws IOException {
        return Files.write(dir.resolve("report.pdf"), "%PDF-1.7 a tiny report".getBytes());
    }

    private static ReportPrinter printer(FakePrinter... printers) {
        List<PrintService> services = Arrays.stream(printers).map(FakePrinter::service).toList();
        return new ReportPrinter(PrinterLookup.of(services), Duration.ofMillis(500));
    }

    @Test
    void withNoPrinterInstalledPrintingSaysSoAndOffersPdfInstead() throws Exception {
        try (ReportPrinter printer = printer()) {
            PrintResult result = printer.print(pdf(), null, "Overview");
            assertEquals(PrintResult.Status.NO_PRINTER, result.status());
            assertEquals("No printer is installed; save the report as PDF instead.", result.message());
            assertTrue(result.jobWatch().isEmpty());
            assertEquals(List.of(), printer.printers());
        }
    }

    @Test
    void aPrintSystemThatNeverAnswersDoesNotHangTheCaller() {
        PrinterLookup stuck = new PrinterLookup() {
            @Override
            public List<PrintService> printServices() {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of();
            }

            @Override
            public Optional<PrintService> defaultService() {
                return Optional.empty();
            }
        };
        assertTimeoutPreemptively(PATIENCE, () -> {
            try (ReportPrinter printer = new ReportPrinter(stuck, Duration.ofMillis(200))) {
                PrintResult result = printer.print(pdf(), null, "Overview");
                assertEquals(PrintResult.Status.TIMED_OUT, result.status());
                assertTrue(result.message().contains("save the report as PDF"), result.message());
                assertEquals(List.of(), printer.printers());
            }
        });
    }

    @Test
    void aPrinterThatTakesPdfReceivesThePdfItself() throws Exception {
        FakePrinter office = new FakePrinter("Office", PDF, FakePrinter.Behaviour.COMPLETE);
        try (ReportPrinter printer = printer(office)) {
            Path file = pdf();
            PrintResult result = printer.print(file, "Office", "Overview");
            assertEquals(PrintResult.Status.SUBMITTED, result.status(), result.message());
            assertEquals(DocFlavor.INPUT_STREAM.PDF, result.flavor());
            assertEquals(List.of(DocFlavor.INPUT_STREAM.PDF), office.receivedFlavors);
            assertArrayEquals(Files.readAllBytes(file), office.receivedBytes.get(0));
        }
    }

    @Test
    void aPrinterWithoutDeclaredPdfSupportGetsTheFileToRecogniseItself() throws Exception {
        FakePrinter cups = new FakePrinter("Cups", AUTOSENSE, FakePrinter.Behaviour.COMPLETE);
        try (ReportPrinter printer = printer(cups)) {
            PrintResult result = printer.print(pdf(), "Cups", "Overview");
            assertEquals(DocFlavor.INPUT_STREAM.AUTOSENSE, result.flavor());
            assertEquals(List.of(DocFlavor.INPUT_STREAM.AUTOSENSE), cups.receivedFlavors);
        }
    }

    @Test
    void aPrinterThatTakesNeitherPdfNorAutosenseIsReportedAndSentNothing() throws Exception {
        FakePrinter old = new FakePrinter("Old", Set.of(DocFlavor.INPUT_STREAM.POSTSCRIPT),
                FakePrinter.Behaviour.COMPLETE);
        try (ReportPrinter printer = printer(old)) {
            PrintResult result = printer.print(pdf(), "Old", "Overview");
            assertEquals(PrintResult.Status.UNSUPPORTED_FORMAT, result.status());
            assertTrue(old.receivedBytes.isEmpty());
        }
    }

    @Test
    void theDefaultPrinterIsUsedWhenNoneIsChosenAndIsMarkedInTheList() throws Exception {
        FakePrinter first = new FakePrinter("First", PDF, FakePrinter.Behaviour.COMPLETE);
        FakePrinter second = new FakePrinter("Second", PDF, FakePrinter.Behaviour.COMPLETE);
        try (ReportPrinter printer = printer(first, second)) {
            assertEquals(List.of(new Printer("First", true), new Printer("Second", false)), printer.printers());
            assertEquals("First", printer.print(pdf(), null, "Overview").printer());
            assertEquals(1, first.receivedBytes.size());
            assertTrue(second.receivedBytes.isEmpty());
        }
    }

    @Test
    void aPrinterThatIsNoLongerInstalledIsNamedInTheAnswer() throws Exception {
        try (ReportPrinter printer = printer(new FakePrinter("Office", PDF, FakePrinter.Behaviour.COMPLETE))) {
            PrintResult result = printer.print(pdf(), "Basement", "Overview");
            assertEquals(PrintResult.Status.PRINTER_NOT_FOUND, result.status());
            assertEquals("The printer 'Basement' is not installed; choose another printer or save the report as PDF.",
                    result.message());
        }
    }

    @Test
    void aRefusedJobIsExplainedInOneSentence() throws Exception {
        try (ReportPrinter printer = printer(new FakePrinter("Office", PDF, FakePrinter.Behaviour.REFUSE))) {
            PrintResult result = printer.print(pdf(), "Office", "Overview");
            assertEquals(PrintResult.Status.FAILED, result.status());
            assertEquals("The printer 'Office' refused the job (printer is offline); check the printer or save the "
                    + "report as PDF.", result.message());
        }
    }

    @Test
    void aPrinterThatNeverTakesTheJobTimesOutInsteadOfHanging() {
        FakePrinter stuck = new FakePrinter("Stuck", PDF, FakePrinter.Behaviour.HANG);
        assertTimeoutPreemptively(PATIENCE, () -> {
            try (ReportPrinter printer = printer(stuck)) {
                assertEquals(PrintResult.Status.TIMED_OUT, printer.print(pdf(), "Stuck", "Overview").status());
            } finally {
                stuck.hang.countDown();
            }
        });
    }

    @Test
    void aMissingReportFileIsNamedInTheAnswer() throws Exception {
        try (ReportPrinter printer = printer(new FakePrinter("Office", PDF, FakePrinter.Behaviour.COMPLETE))) {
            PrintResult result = printer.print(dir.resolve("gone.pdf"), "Office", "Overview");
            assertEquals(PrintResult.Status.FILE_UNREADABLE, result.status());
            assertEquals("Cannot read gone.pdf to print it; save the report again and retry.", result.message());
        }
    }

    @Test
    void waitingForTheJobGivesTheFinalEventTheSystemReported() throws Exception {
        try (ReportPrinter printer = printer(new FakePrinter("Office", PDF, FakePrinter.Behaviour.COMPLETE))) {
            PrintJobWatch watch = printer.print(pdf(), "Office", "Overview").jobWatch().orElseThrow();
            assertEquals(PrintJobWatch.JobOutcome.COMPLETED, watch.awaitCompletion(PATIENCE));
            assertEquals(List.of("DATA_TRANSFER_COMPLETE", "JOB_COMPLETE"), watch.events());
        }
    }

    @Test
    void waitingForAJobThatReportsNoEndStopsAtTheTimeLimit() throws Exception {
        try (ReportPrinter printer = printer(new FakePrinter("Office", PDF, FakePrinter.Behaviour.DELIVER_ONLY))) {
            PrintJobWatch watch = printer.print(pdf(), "Office", "Overview").jobWatch().orElseThrow();
            assertEquals(PrintJobWatch.JobOutcome.TIMED_OUT, watch.awaitCompletion(Duration.ofMillis(100)));
            assertEquals(List.of("DATA_TRANSFER_COMPLETE"), watch.events());
        }
    }
}
