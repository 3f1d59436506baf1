package com.ssprviewer.cli;

import com.ssprviewer.report.xlsx.TooManyRowsException;
import com.ssprviewer.work.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * {@code --format xlsx --out FILE}: a workbook is a file, never written to a terminal or a pipe, so {@code --out} is
 * required. Its progress shows on stderr and Ctrl+C cancels it at the next thousand rows, leaving no file.
 */
final class WorkbookOutput {

    static final String USAGE = "  --format xlsx --out FILE  an Excel workbook (--out is required: a workbook is never"
            + " written to the terminal)\n"
            + "  --zone ZONE               the zone of the workbook's times (default UTC)\n"
            + "  --quiet                   no progress on stderr (xlsx)";

    /** Writes one workbook and returns the rows (or sheets) it holds. */
    @FunctionalInterface
    interface Work {
        long write(Path out, Progress progress) throws IOException, TooManyRowsException;
    }

    private WorkbookOutput() {
    }

    /** The file named by {@code --out}, in a folder that exists. */
    static Path target(Args args) throws UsageException, CommandFailure {
        Path out = Path.of(args.option("out").orElseThrow(() -> new UsageException(
                "--format xlsx needs --out FILE.xlsx: a workbook is a file and is never written to the terminal")));
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CommandFailure("cannot write " + out + ": the folder " + folder
                    + " does not exist; create it or name another --out file.");
        }
        return out;
    }

    static ZoneId zone(Args args) throws UsageException {
        return args.option("zone").isPresent() ? Values.zone(args.option("zone").get()) : ZoneOffset.UTC;
    }

    /**
     * Runs {@code work} with progress on stderr; Ctrl+C from here on cancels it (the workbook's temporary file is
     * removed) and the command ends with exit code 130.
     */
    static int write(CliContext context, Args args, String command, Path out, String unit, Work work)
            throws CommandFailure {
        context.interruption().unwinds();
        long rows;
        try (CommandProgress progress = context.progress(args)) {
            progress.start(String.valueOf(out.getFileName()));
            rows = work.write(out, progress);
        } catch (CancellationException e) {
            context.err().println(command + " cancelled; " + out + " was not written");
            return ExitCodes.CANCELLED;
        } catch (TooManyRowsException e) {
            throw new CommandFailure(String.format(Locale.ROOT, "%s was not written: the list has %,d rows, more"
                    + " than the %,d an Excel sheet holds below its header; narrow the filters (or use --limit), or"
                    + " export it with --format csv, which holds any length.", out, e.rows(), e.limit()));
        } catch (IOException e) {
            throw new CommandFailure("could not write " + out + ": " + e.getMessage());
        }
        context.out().println(out + ": " + rows + " " + unit + (rows == 1 ? "" : "s"));
        return 0;
    }
}
