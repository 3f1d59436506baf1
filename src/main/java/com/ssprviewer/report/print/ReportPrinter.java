package com.ssprviewer.report.print;

import com.ssprviewer.work.Threads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.SimpleDoc;
import javax.print.attribute.HashDocAttributeSet;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;

/**
 * Lists the installed printers and sends a report PDF to one of them, as the PDF itself, so the printer gets real
 * text. Every print-system call runs on this printer's own daemon threads with a time limit: a print server that
 * does not answer costs the caller at most {@code timeout}, never a hang. Close it on exit to stop its threads.
 */
public final class ReportPrinter implements AutoCloseable {

    /** What the user reads when there is nothing to print on. */
    public static final String NO_PRINTER_MESSAGE = "No printer is installed; save the report as PDF instead.";

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final PrinterLookup lookup;
    private final Duration timeout;
    private final ExecutorService executor;

    /** The system's printers, 30 seconds allowed per print-system call. */
    public ReportPrinter() {
        this(PrinterLookup.system(), DEFAULT_TIMEOUT);
    }

    public ReportPrinter(PrinterLookup lookup, Duration timeout) {
        this.lookup = lookup;
        this.timeout = timeout;
        this.executor = Threads.onDemand("report-print");
    }

    /**
     * The installed printers, the default one marked; empty when there are none or the print system did not answer
     * in time.
     */
    public List<Printer> printers() throws InterruptedException {
        Optional<Services> services;
        try {
            services = services();
        } catch (PrintSystemFailure e) {
            return List.of();
        }
        if (services.isEmpty()) {
            return List.of();
        }
        String defaultName = services.get().defaultName();
        List<Printer> printers = new ArrayList<>();
        for (PrintService service : services.get().all()) {
            printers.add(new Printer(service.getName(), service.getName().equals(defaultName)));
        }
        return printers;
    }

    /**
     * Sends {@code pdf} to the printer named {@code printerName} (the default printer when {@code null}) and returns
     * once the print system has taken the job; follow it further with {@link PrintResult#jobWatch()}.
     *
     * @param jobName the name the job shows in the printer's queue, e.g. the report title
     */
    public PrintResult print(Path pdf, String printerName, String jobName) throws InterruptedException {
        try {
            return printOrExplain(pdf, printerName, jobName);
        } catch (PrintSystemFailure e) {
            return PrintResult.failure(PrintResult.Status.FAILED, printerName == null ? "" : printerName,
                    "The print system failed (" + e.getMessage() + "); check printing or save the report as PDF.");
        }
    }

    private PrintResult printOrExplain(Path pdf, String printerName, String jobName) throws InterruptedException {
        if (!Files.isReadable(pdf)) {
            return PrintResult.failure(PrintResult.Status.FILE_UNREADABLE, "", "Cannot read " + pdf.getFileName()
                    + " to print it; save the report again and retry.");
        }
        Optional<Services> services = services();
        if (services.isEmpty()) {
            return PrintResult.failure(PrintResult.Status.TIMED_OUT, "", "The print system did not list its printers "
                    + "within " + timeout.toSeconds()
                    + " seconds; check that printing works or save the report as PDF.");
        }
        if (services.get().all().isEmpty()) {
            return PrintResult.failure(PrintResult.Status.NO_PRINTER, "", NO_PRINTER_MESSAGE);
        }
        Optional<PrintService> chosen = services.get().find(printerName);
        if (chosen.isEmpty()) {
            String name = printerName == null ? "(default)" : printerName;
            return PrintResult.failure(PrintResult.Status.PRINTER_NOT_FOUND, name, "The printer '" + name
                    + "' is not installed; choose another printer or save the report as PDF.");
        }
        return submit(pdf, chosen.get(), jobName);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** PDF when the printer says it takes PDF, else a self-describing document (CUPS recognises PDF). */
    static Optional<DocFlavor> flavorFor(PrintService service) {
        if (service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)) {
            return Optional.of(DocFlavor.INPUT_STREAM.PDF);
        }
        if (service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.AUTOSENSE)) {
            return Optional.of(DocFlavor.INPUT_STREAM.AUTOSENSE);
        }
        return Optional.empty();
    }

    private PrintResult submit(Path pdf, PrintService service, String jobName) throws InterruptedException {
        String name = service.getName();
        Optional<DocFlavor> flavor = call(() -> flavorFor(service)).orElse(Optional.empty());
        if (flavor.isEmpty()) {
            return PrintResult.failure(PrintResult.Status.UNSUPPORTED_FORMAT, name, "The printer '" + name
                    + "' does not accept PDF documents; choose another printer or save the report as PDF.");
        }
        PrintJobWatch watch = new PrintJobWatch();
        Optional<String> refusal = call(() -> send(pdf, service, flavor.get(), jobName, watch));
        if (refusal.isEmpty()) {
            return PrintResult.failure(PrintResult.Status.TIMED_OUT, name, "The printer '" + name + "' did not take "
                    + "the job within " + timeout.toSeconds()
                    + " seconds; check the printer or save the report as PDF.");
        }
        if (!refusal.get().isEmpty()) {
            return PrintResult.failure(PrintResult.Status.FAILED, name, "The printer '" + name + "' refused the job ("
                    + refusal.get() + "); check the printer or save the report as PDF.");
        }
        return new PrintResult(PrintResult.Status.SUBMITTED, name, flavor.get(),
                "The report was sent to the printer '" + name + "'.", watch);
    }

    /** Hands the PDF over; returns "" when taken, else why not. */
    private static String send(Path pdf, PrintService service, DocFlavor flavor, String jobName, PrintJobWatch watch) {
        DocPrintJob job = service.createPrintJob();
        job.addPrintJobListener(watch);
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(jobName == null || jobName.isBlank() ? "Report" : jobName, null));
        try (InputStream in = Files.newInputStream(pdf)) {
            Doc doc = new SimpleDoc(in, flavor, new HashDocAttributeSet());
            job.print(doc, attributes);
            return "";
        } catch (PrintException | IOException e) {
            String reason = e.getMessage();
            return reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason.strip();
        }
    }

    private Optional<Services> services() throws InterruptedException {
        return call(() -> {
            List<PrintService> all = lookup.printServices();
            String defaultName = lookup.defaultService().map(PrintService::getName).orElse(null);
            return new Services(all, defaultName);
        });
    }

    /** Runs a print-system call off the caller's thread; empty when it did not finish in time. */
    private <T> Optional<T> call(Callable<T> work) throws InterruptedException {
        Future<T> future = executor.submit(work);
        try {
            return Optional.of(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            return Optional.empty();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
            throw new PrintSystemFailure(reason, cause);
        }
    }

    /** A print-system call that threw; turned into a {@link PrintResult} before it reaches the caller. */
    private static final class PrintSystemFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PrintSystemFailure(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private record Services(List<PrintService> all, String defaultName) {

        Optional<PrintService> find(String name) {
            String wanted = name == null ? defaultName : name;
            if (wanted == null) {
                return all.stream().findFirst();
            }
            return all.stream().filter(s -> s.getName().equals(wanted)).findFirst();
        }
    }
}
