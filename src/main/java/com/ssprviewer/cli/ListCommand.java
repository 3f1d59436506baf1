package com.ssprviewer.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.ssprviewer.lists.ListColumn;
import com.ssprviewer.lists.ListDefinition;
import com.ssprviewer.model.Unlisted;
import com.ssprviewer.report.CellText;
import com.ssprviewer.report.CsvWriter;
import com.ssprviewer.report.ReportRequest;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.xlsx.ListWorkbook;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.Page;
import com.ssprviewer.store.query.PageRequest;
import com.ssprviewer.store.query.SavedView;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.query.SortText;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code events}, {@code attempts}, {@code registrations} and {@code policy}: the window's filtered, sorted lists as
 * CSV or JSON on standard output, or as an Excel workbook ({@code --format xlsx --out FILE}), streamed page by page so
 * any size fits in memory.
 */
final class ListCommand<T> implements Command {

    private static final int CHUNK = 1000;

    private final ListDefinition<T> list;

    ListCommand(ListDefinition<T> list) {
        this.list = list;
    }

    @Override
    public String name() {
        return list.command();
    }

    @Override
    public String description() {
        return list.description();
    }

    @Override
    public String usage() {
        return "usage: " + Cli.PROGRAM + " " + list.command() + " [--db DIR] [filters] [--sort FIELD[:desc]]"
                + " [--limit N] [--offset N] [--format csv|json|xlsx] [--out FILE.xlsx] [--zone ZONE] [--quiet]\n"
                + FilterOptions.USAGE
                + "  --sort FIELD[:asc|desc]   one of " + list.kind().sortKeys()
                + " (default " + list.defaultSort().field().key() + (list.defaultSort().descending() ? ":desc" : "")
                + ")\n"
                + ViewOptions.USAGE
                + "  --limit N, --offset N     at most N rows, after skipping N rows\n"
                + "  --format csv|json|xlsx    default csv; CSV and JSON go to standard output, times in UTC\n"
                + WorkbookOutput.USAGE;
    }

    @Override
    public Set<String> options() {
        Set<String> names = new HashSet<>(FilterOptions.NAMES);
        names.addAll(Set.of("db", "sort", "limit", "offset", "format", "out", "zone", ViewOptions.OPTION));
        return names;
    }

    @Override
    public Set<String> flags() {
        return Set.of(CliContext.QUIET);
    }

    @Override
    public int run(Args args, CliContext context) throws UsageException, CommandFailure {
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\"");
        }
        EventFilter filter = FilterOptions.read(args);
        Sort sort = sort(args);
        long limit = args.option("limit").isPresent() ? Values.positiveInt("limit", args.option("limit").get())
                : Long.MAX_VALUE;
        long offset = args.option("offset").isPresent() ? Values.positiveInt("offset", args.option("offset").get())
                : 0;
        String format = args.option("format").orElse("csv").toLowerCase(Locale.ROOT);
        if (format.equals("xlsx")) {
            return workbook(args, filter, sort, offset, limit, context);
        }
        if (!format.equals("csv") && !format.equals("json")) {
            throw new UsageException("--format expects csv, json or xlsx, not \"" + format + "\"");
        }
        if (args.option("out").isPresent() || args.option("zone").isPresent()) {
            throw new UsageException("--out and --zone are for --format xlsx; CSV and JSON go to standard output,"
                    + " with times in UTC");
        }
        try (Store store = context.openStore(args)) {
            Optional<SavedView> view = ViewOptions.of(store, list.kind(), args);
            if (view.isPresent()) {
                filter = FilterOptions.read(args, ViewOptions.filterNow(view.get()));
                sort = args.option("sort").isPresent() ? sort : view.get().sort();
            }
            write(context, store, filter, sort, offset, limit, format);
        }
        return 0;
    }

    private void write(CliContext context, Store store, EventFilter filter, Sort sort, long offset, long limit,
                       String format) throws CommandFailure {
        try (RowSink<T> sink = format.equals("csv")
                ? new CsvSink<>(context, list.columns()) : new JsonSink<>(context, list.columns())) {
            stream(store, filter, sort, offset, limit, sink);
        } catch (IOException | UncheckedIOException e) {
            throw new CommandFailure("could not write the output: " + e.getMessage());
        }
    }

    private int workbook(Args args, EventFilter filter, Sort sort, long offset, long limit, CliContext context)
            throws UsageException, CommandFailure {
        Path out = WorkbookOutput.target(args);
        ZoneId zone = WorkbookOutput.zone(args);
        context.interruption().arm();
        try (Store store = context.openStore(args)) {
            Optional<SavedView> view = ViewOptions.of(store, list.kind(), args);
            if (view.isPresent()) {
                filter = FilterOptions.read(args, ViewOptions.filterNow(view.get()));
                sort = args.option("sort").isPresent() ? sort : view.get().sort();
            }
            ListRows<T> rows = new ListRows<>(list, store, filter, sort, offset, limit);
            ReportRequest request = new ReportRequest(ListWorkbook.blade(list), filter, Instant.now(), zone,
                    new ReportTexts(Locale.ENGLISH), store.directory().toString());
            String sortText = sort.field().key() + (sort.descending() ? ":desc" : "");
            return WorkbookOutput.write(context, args, name(), out, "row", (file, progress) -> ListWorkbook.write(
                    file, new ListWorkbook.Rows<>(list, list.columns(),
                    ListWorkbook.headers(list.columns(), request), rows, rows.count(), sortText), request,
                    Instant.now(), progress));
        }
    }

    private Sort sort(Args args) throws UsageException {
        if (args.option("sort").isEmpty()) {
            return list.defaultSort();
        }
        String text = args.option("sort").get();
        SortText typed;
        try {
            typed = SortText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return typed.of(list.kind()).orElseThrow(() -> new UsageException("--sort expects one of "
                + list.kind().sortKeys() + ", optionally with :desc, not \"" + text + "\""));
    }

    private void stream(Store store, EventFilter filter, Sort sort, long offset, long limit, RowSink<T> sink)
            throws IOException {
        long written = 0;
        PageRequest request = new PageRequest((int) Math.min(CHUNK, limit), offset, null);
        while (written < limit && request.limit() > 0) {
            Page<T> page = list.fetcher().page(store, filter, sort, request);
            for (T row : page.rows()) {
                sink.write(row);
            }
            written += page.rows().size();
            if (page.next() == null || page.rows().isEmpty()) {
                break;
            }
            request = new PageRequest((int) Math.min(CHUNK, limit - written), 0, page.next());
        }
    }

    /** Where rows go: CSV or JSON on standard output. */
    private interface RowSink<T> extends AutoCloseable {
        void write(T row) throws IOException;

        @Override
        void close() throws IOException;
    }

    private static final class CsvSink<T> implements RowSink<T> {
        private final CsvWriter csv;
        private final List<ListColumn<T>> columns;

        CsvSink(CliContext context, List<ListColumn<T>> columns) throws IOException {
            this.csv = new CsvWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8));
            this.columns = columns;
            csv.row(columns.stream().map(ListColumn::id).toList());
        }

        @Override
        public void write(T row) throws IOException {
            List<String> cells = new ArrayList<>(columns.size());
            for (ListColumn<T> c : columns) {
                cells.add(CellText.of(c.value().apply(row)));
            }
            csv.row(cells);
        }

        @Override
        public void close() throws IOException {
            csv.flush();
        }
    }

    private static final class JsonSink<T> implements RowSink<T> {
        private final JsonGenerator json;
        private final List<ListColumn<T>> columns;

        JsonSink(CliContext context, List<ListColumn<T>> columns) throws IOException {
            this.json = new JsonFactory().createGenerator(context.out(), JsonEncoding.UTF8);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            this.columns = columns;
            json.writeStartArray();
        }

        @Override
        public void write(T row) throws IOException {
            json.writeStartObject();
            for (ListColumn<T> c : columns) {
                Object v = c.value().apply(row);
                if (v instanceof List<?> list) {
                    json.writeArrayFieldStart(c.id());
                    for (Object o : list) {
                        json.writeString(CellText.of(o));
                    }
                    json.writeEndArray();
                } else if (v == Unlisted.NOT_IN_EXPORT) {
                    json.writeArrayFieldStart(c.id());
                    json.writeEndArray();
                } else if (v == null) {
                    json.writeNullField(c.id());
                } else {
                    json.writeStringField(c.id(), CellText.of(v));
                }
            }
            json.writeEndObject();
        }

        @Override
        public void close() throws IOException {
            json.writeEndArray();
            json.writeRaw('\n');
            json.flush();
        }
    }
}
