package com.ssprviewer.lists;

import static com.ssprviewer.ui.common.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.ssprviewer.cli.Cli;
import com.ssprviewer.report.BladeReports;
import com.ssprviewer.report.ReportBlade;
import com.ssprviewer.report.ReportRequest;
import com.ssprviewer.report.ReportTexts;
import com.ssprviewer.report.document.ReportContent;
import com.ssprviewer.report.document.TableSection;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.query.EventFilter;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.Sort;
import com.ssprviewer.store.query.SortField;
import com.ssprviewer.ui.auditlog.AuditLogBlades;
import com.ssprviewer.ui.common.AppLanguage;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.StoreAccess;
import com.ssprviewer.ui.common.TimeMode;
import com.ssprviewer.ui.lists.BladeDefinition;
import com.ssprviewer.ui.lists.ListTable;
import com.ssprviewer.ui.lists.PagedListModel;
import com.ssprviewer.ui.lists.SampleStore;
import com.ssprviewer.ui.policy.PolicyBlades;
import com.ssprviewer.ui.registrations.RegistrationBlades;
import com.ssprviewer.ui.resets.ResetBlades;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TableColumn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every column of every list is the same column in the window's table, the command line's CSV and JSON, its
 * {@code --sort} values and the printed report, because all of them read the one definition of the list.
 */
@ExtendWith(ApplicationExtension.class)
class ListDefinitionsAgreeTest {

    private static final List<BladeDefinition<?>> BLADES = List.of(AuditLogBlades.DEFINITION,
            ResetBlades.DEFINITION, RegistrationBlades.DEFINITION, PolicyBlades.DEFINITION);

    @TempDir
    static Path dir;

    @BeforeAll
    static void fill() {
        I18n.setLocale(AppLanguage.ENGLISH.locale());
        // every sample export, and the policy changes, so that every list has rows
        List<String> samples = new ArrayList<>(SampleStore.SAMPLES);
        samples.add("sspr-policy-changes.json");
        SampleStore.open(dir, samples.stream().map(name -> "/samples/" + name).toList()).close();
    }

    @Test
    void everyListIsShownByOneBladeThatPrintsItAsItsReport() {
        for (ListDefinition<?> list : ListDefinitions.ALL) {
            List<BladeDefinition<?>> showing = BLADES.stream().filter(b -> b.list() == list).toList();
            assertEquals(1, showing.size(), list.kind() + " is shown by one blade");
            BladeDefinition<?> blade = showing.get(0);
            assertEquals(Optional.of(list), blade.report().list(), blade.bladeId() + " prints its own list");
            assertEquals(list.columns(), blade.columns().subList(0, list.columns().size()), blade.bladeId());
        }
        for (ReportBlade report : ReportBlade.values()) {
            report.list().ifPresent(list -> assertTrue(ListDefinitions.ALL.contains(list), report.id()));
        }
    }

    @Test
    void everySortFieldOfAListIsTheSortOfOneOfItsColumnsInTheSameOrder() {
        for (ListDefinition<?> list : ListDefinitions.ALL) {
            List<SortField> sorts = list.columns().stream().map(ListColumn::sort).filter(Objects::nonNull).toList();
            assertEquals(list.kind().sortFields(), sorts, list.kind().toString());
            sorts.forEach(f -> assertSame(list.kind(), f.list(), f.key()));
            assertEquals(list.kind().defaultSort(), list.defaultSort());
            assertTrue(list.columns().stream().anyMatch(c -> c.time() && c.sort() == list.defaultSort().field()),
                    list.kind() + " opens newest first by its time column");
        }
    }

    @Test
    void theWindowsTableShowsSortsAndSizesEachColumnAsDefined() {
        for (BladeDefinition<?> blade : BLADES) {
            fx(() -> checkTable(blade));
        }
    }

    @Test
    void theCommandLineWritesEachListsColumnsAsCsvAndJson() throws IOException {
        for (ListDefinition<?> list : ListDefinitions.ALL) {
            String command = command(list.kind());
            List<String> ids = list.columns().stream().map(ListColumn::id).toList();
            String csv = cli(0, command, "--db", store().toString(), "--limit", "1");
            assertEquals(String.join(",", ids), csv.lines().findFirst().orElseThrow(), command);
            String json = cli(0, command, "--db", store().toString(), "--limit", "1", "--format", "json");
            assertEquals(ids, jsonKeys(json), command);
        }
    }

    @Test
    void theCommandLineSortsByExactlyTheSortableColumns() {
        for (ListDefinition<?> list : ListDefinitions.ALL) {
            String command = command(list.kind());
            String keys = list.kind().sortKeys();
            assertTrue(cli(0, command, "--help").contains("--sort FIELD[:asc|desc]   one of " + keys + " (default"),
                    command);
            for (ListColumn<?> column : list.columns()) {
                if (column.sortable()) {
                    cli(0, command, "--db", store().toString(), "--sort", column.sort().key() + ":desc",
                            "--limit", "1");
                    assertEquals(column.id().toLowerCase(Locale.ROOT), column.sort().key(), column.id());
                } else {
                    String wanted = column.id().toLowerCase(Locale.ROOT);
                    assertTrue(cliError(command, "--db", store().toString(), "--sort", wanted)
                            .contains("--sort expects one of " + keys + ", optionally with :desc, not \"" + wanted
                                    + "\""), column.id());
                }
            }
        }
    }

    @Test
    void theReportPrintsTheShownColumnsWithTheirWidthsAndWrapping() {
        ReportTexts texts = new ReportTexts(Locale.ENGLISH);
        try (Store store = Store.open(store())) {
            for (ReportBlade blade : ReportBlade.values()) {
                if (blade.list().isEmpty()) {
                    continue;
                }
                ListDefinition<?> list = blade.list().get();
                ReportRequest request = new ReportRequest(blade, EventFilter.NONE, Instant.EPOCH, ZoneOffset.UTC,
                        texts, "store");
                List<String> headers = new ArrayList<>();
                List<Float> widths = new ArrayList<>();
                List<Boolean> wrap = new ArrayList<>();
                for (ListColumn<?> c : list.shownColumns()) {
                    headers.add(texts.format(c.headerKey(), request.zoneLabel()));
                    widths.add(c.printWidth());
                    wrap.add(!c.oneLine());
                }
                for (SortField field : list.kind().sortFields()) {
                    TableSection table = table(BladeReports.build(store, request, new Sort(field, false),
                            Clock.systemUTC()));
                    assertEquals(headers, table.headers(), blade.id());
                    assertEquals(widths, table.relativeWidths(), blade.id());
                    assertEquals(wrap, table.wrap(), blade.id());
                    assertTrue(table.rows().iterator().hasNext(), blade.id() + " sorted by " + field.key());
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static <R> Void checkTable(BladeDefinition<R> blade) {
        // the table alone is checked: its model never loads, so no store is needed
        Executor never = task -> { };
        PagedListModel<R> model = new PagedListModel<>(blade.source(StoreAccess.of(null, never)), never);
        ListTable<R> table = new ListTable<>(model, blade.columns(), new SimpleObjectProperty<>(TimeMode.UTC), null,
                blade.hiddenByDefault());
        assertEquals(blade.columns().size(), table.view().getColumns().size(), blade.bladeId());
        for (ListColumn<R> column : blade.columns()) {
            TableColumn<R, Object> tc = table.column(column.id());
            String what = blade.bladeId() + " " + column.id();
            assertEquals("col-" + column.id(), tc.getId(), what);
            assertEquals(column.sortable(), tc.isSortable(), what);
            assertEquals(column.screenWidth(), tc.getPrefWidth(), what);
            assertEquals(column.shown(), tc.isVisible(), what);
            assertEquals(table.headerText(column), tc.getText(), what);
            assertNotEquals("", tc.getText(), what);
            if (column.time()) {
                assertNotEquals(I18n.get(column.headerKey()), tc.getText(), what + " names the zone");
            } else {
                assertEquals(I18n.get(column.headerKey()), tc.getText(), what);
            }
            if (column.sortable()) {
                tc.setSortType(TableColumn.SortType.ASCENDING);
                table.view().getSortOrder().setAll(List.of(tc));
                assertEquals(new Sort(column.sort(), false), model.sort(), what + " sorts the store by its field");
            }
        }
        return null;
    }

    private static TableSection table(ReportContent content) {
        return content.sections().stream().filter(TableSection.class::isInstance).map(TableSection.class::cast)
                .findFirst().orElseThrow();
    }

    private static List<String> jsonKeys(String json) throws IOException {
        List<String> keys = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            assertEquals(JsonToken.START_ARRAY, p.nextToken());
            assertEquals(JsonToken.START_OBJECT, p.nextToken(), "a row");
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                keys.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
        }
        return keys;
    }

    private static Path store() {
        return dir.resolve("store");
    }

    /** The command that lists the kind: its name in lower case. */
    private static String command(ListKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String cli(int exitCode, String... args) {
        String[] result = run(args);
        assertEquals(String.valueOf(exitCode), result[0], String.join(" ", args) + ": " + result[2]);
        return result[1];
    }

    private static String cliError(String... args) {
        String[] result = run(args);
        assertNotEquals("0", result[0], String.join(" ", args));
        return result[2];
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }
}
