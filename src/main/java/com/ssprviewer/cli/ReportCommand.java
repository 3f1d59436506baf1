package com.ssprviewer.cli;

import com.ssprviewer.report.BladeReports;
import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.report.ReportRequest;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.document.PageSetup;
import com.ssprviewer.report.document.Paper;
import com.ssprviewer.report.document.PdfReportWriter;
import com.ssprviewer.report.document.ReportContent;
import com.ssprviewer.report.xlsx.BladeWorkbooks;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.SavedView;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.query.SortText;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code report}: the printable report of a blade as a PDF, the same layout the window prints, or as an Excel
 * workbook ({@code --format xlsx}): the Overview's answers and the tables behind its charts, or a list's rows.
 */
final class ReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String description() {
        return "write the printable report of a blade as a PDF";
    }

    @Override
    public String usage() {
        return "usage: " + Cli.PROGRAM + " report [--db DIR] [filters] --blade " + String.join("|", bladeIds()) + "\n"
                + "        [--as-of INSTANT] [--paper A4|Letter] [--landscape] [--sort FIELD[:desc]] [--lang en|sv]"
                + " --out FILE.pdf [--view NAME] [--quiet]\n"
                + "        [--format pdf|xlsx] [--zone ZONE]\n" + FilterOptions.USAGE + ViewOptions.USAGE
                + "  --as-of INSTANT   the moment \"last 7 days\" counts back from (overview; default now)\n"
                + "  --paper A4|Letter, --landscape   page setup (default A4 portrait;"
                + " lists of six or more columns are always landscape)\n"
                + "  --lang en|sv      report language (default en)\n"
                + "  --format pdf|xlsx a PDF (default), or an Excel workbook of the overview or a list"
                + " (--out FILE.xlsx)\n"
                + "  --zone ZONE       the zone of the workbook's times (default UTC)\n"
                + "  --quiet           no progress on stderr";
    }

    @Override
    public boolean hasProgress() {
        return true;
    }

    @Override
    public Set<String> options() {
        Set<String> names = new HashSet<>(FilterOptions.NAMES);
        names.addAll(Set.of("db", "blade", "as-of", "paper", "out", "sort", "lang", "format", "zone",
                ViewOptions.OPTION));
        return names;
    }

    @Override
    public Set<String> flags() {
        return Set.of("landscape");
    }

    @Override
    public int run(Args args, CliContext context) throws UsageException, CommandFailure {
        String bladeName = args.option("blade").orElseThrow(() -> new UsageException("--blade is required"));
        ReportBlade blade = ReportBlade.parse(bladeName).orElseThrow(() -> new UsageException(
                "--blade expects " + oneOf(bladeIds()) + ", not \"" + bladeName + "\""));
        String format = args.option("format").orElse("pdf").strip().toLowerCase(Locale.ROOT);
        if (format.equals("xlsx")) {
            return workbook(args, blade, context);
        }
        if (!format.equals("pdf")) {
            throw new UsageException("--format expects pdf or xlsx, not \"" + format + "\"");
        }
        if (args.option("zone").isPresent()) {
            throw new UsageException("--zone is for --format xlsx; a PDF report gives its times in UTC");
        }
        Path out = Path.of(args.option("out").orElseThrow(() -> new UsageException("--out FILE.pdf is required")));
        Paper paper = paper(args.option("paper").orElse("A4"));
        String lang = args.option("lang").orElse("en");
        if (!lang.equals("en") && !lang.equals("sv")) {
            throw new UsageException("--lang expects en or sv, not \"" + lang + "\"");
        }
        Instant asOf = args.option("as-of").isPresent() ? Values.instant("as-of", args.option("as-of").get())
                : Instant.now();
        SortText sortText = args.option("sort").isPresent() ? SortText.parse(args.option("sort").get()) : null;
        ReportTexts texts = new ReportTexts(Locale.forLanguageTag(lang));
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CommandFailure("cannot write " + out + ": the folder " + folder
                    + " does not exist; create it or name another --out file.");
        }
        // the report is written through a temporary file moved into place at the end: ending at once keeps any
        // earlier report of that name and leaves only the temporary file, removed here
        long started = System.currentTimeMillis();
        context.interruption().endsAtOnce(() -> {
            removeTemporaryReports(folder, started);
            context.err().println("report cancelled; " + out + " was not written");
        });
        try (Store store = context.openStore(args); CommandProgress progress = context.progress(args)) {
            progress.start(String.valueOf(out.getFileName()));
            Optional<SavedView> view = view(store, blade, args);
            ReportRequest request = new ReportRequest(blade, view.isPresent()
                    ? FilterOptions.read(args, ViewOptions.filterNow(view.get())) : FilterOptions.read(args), asOf,
                    ZoneOffset.UTC, texts, store.directory().toString());
            Sort sort = sortText == null && view.isPresent() ? view.get().sort() : sort(blade, sortText);
            ReportContent content = BladeReports.build(store, request, sort, Clock.systemUTC());
            boolean landscape = args.flag("landscape") || blade.prefersLandscape();
            int pages = PdfReportWriter.write(content, new PageSetup(paper, landscape, 15f),
                    BladeReports.labels(texts), out);
            context.out().println(out + ": " + pages + (pages == 1 ? " page" : " pages"));
            context.interruption().endsAtOnce(() -> { });
        } catch (IOException e) {
            throw new CommandFailure("could not write " + out + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return 0;
    }

    /** The Overview's workbook, or a list blade's rows as a workbook; coverage has none. */
    private static int workbook(Args args, ReportBlade blade, CliContext context)
            throws UsageException, CommandFailure {
        if (!BladeWorkbooks.hasWorkbook(blade)) {
            throw new UsageException("--format xlsx is for the overview and the list blades; the coverage report is"
                    + " a PDF");
        }
        Path out = WorkbookOutput.target(args);
        Instant asOf = args.option("as-of").isPresent() ? Values.instant("as-of", args.option("as-of").get())
                : Instant.now();
        String lang = args.option("lang").orElse("en");
        if (!lang.equals("en") && !lang.equals("sv")) {
            throw new UsageException("--lang expects en or sv, not \"" + lang + "\"");
        }
        Sort sort;
        try {
            sort = sort(blade, args.option("sort").isPresent() ? SortText.parse(args.option("sort").get()) : null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ZoneId zone = WorkbookOutput.zone(args);
        try (Store store = context.openStore(args)) {
            Optional<SavedView> view = view(store, blade, args);
            ReportRequest request = new ReportRequest(blade, view.isPresent()
                    ? FilterOptions.read(args, ViewOptions.filterNow(view.get())) : FilterOptions.read(args), asOf,
                    zone, new ReportTexts(Locale.forLanguageTag(lang)), store.directory().toString());
            Sort viewed = args.option("sort").isEmpty() && view.isPresent() ? view.get().sort() : sort;
            return WorkbookOutput.write(context, args, "report", out, blade.list().isEmpty() ? "sheet" : "row",
                    (file, progress) -> BladeWorkbooks.write(file, store, request, viewed, Instant.now(), progress));
        }
    }

    /** Deletes the temporary files report writing leaves when the process ends during it (none older than it). */
    private static void removeTemporaryReports(Path folder, long since) {
        if (folder == null) {
            return;
        }
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".report-*.pdf.tmp")) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).toMillis() >= since - 1000) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            // a temporary file left behind does no harm: its name starts with a dot
        }
    }

    /** The saved view of {@code --view}, of the blade's list; a blade without a list takes none. */
    private static Optional<SavedView> view(Store store, ReportBlade blade, Args args) throws UsageException {
        if (args.option(ViewOptions.OPTION).isEmpty()) {
            return Optional.empty();
        }
        if (blade.list().isEmpty()) {
            throw new UsageException("--view applies to the blades of a list (" + oneOf(bladeIds().stream()
                    .filter(id -> ReportBlade.parse(id).flatMap(ReportBlade::list).isPresent()).toList())
                    + "), not to " + blade.id());
        }
        return ViewOptions.of(store, blade.list().get().kind(), args);
    }

    /** The sort of a list blade's table; null for the list's default, and for the overview, which has no list. */
    private static Sort sort(ReportBlade blade, SortText text) {
        if (text == null || blade.list().isEmpty()) {
            return null;
        }
        ListKind kind = blade.list().get().kind();
        return text.of(kind).orElseThrow(() -> new IllegalArgumentException(kind.cannotSortBy(text.key())));
    }

    private static List<String> bladeIds() {
        return Arrays.stream(ReportBlade.values()).map(ReportBlade::id).toList();
    }

    /** "a, b or c". */
    private static String oneOf(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
    }

    private static Paper paper(String text) throws UsageException {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "a4":
                return Paper.A4;
            case "letter":
                return Paper.LETTER;
            default:
                throw new UsageException("--paper expects A4 or Letter, not \"" + text + "\"");
        }
    }
}
