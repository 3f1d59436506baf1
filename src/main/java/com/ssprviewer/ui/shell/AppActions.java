package com.ssprviewer.ui.shell;

import com.ssprviewer.handoff.HandedOff;
import com.ssprviewer.sample.SampleSpec;
import com.ssprviewer.store.api.ImportResult;
import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.Exportable;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.Printable;
import com.ssprviewer.ui.common.ReportSource;
import com.ssprviewer.ui.common.RunningTask;
import com.ssprviewer.ui.common.Tasks;
import com.ssprviewer.ui.imports.ImportJob;
import com.ssprviewer.ui.imports.ImportNotice;
import com.ssprviewer.ui.imports.ImportSummaryBlade;
import com.ssprviewer.ui.imports.ImportTexts;
import com.ssprviewer.ui.print.ReportPrinting;
import com.ssprviewer.ui.welcome.WelcomeBlade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * The real {@link ShellActions}: imports, store switching, sample data, print and export. Print opens the print
 * preview for a blade that is a {@link ReportSource}. Every store call runs on
 * the session's workers; one such job (import, open, sample) runs at a time, and the status bar shows it with
 * Cancel. After an import the summary opens beside the current blade (in place of the welcome blade of an empty
 * store) and open lists are told to reload.
 */
public final class AppActions implements ShellActions {
    private final ShellModel model;
    private final StoreSession session;
    private final FileDialogs dialogs;
    private final Supplier<Window> window;
    private final Path sampleStore;
    private final SampleSpec sampleSpec;
    private final StoreSwitcher switcher;
    private final ReportPrinting printing;
    private final Deque<HandedOff> handedOff = new ArrayDeque<>();
    private final PassphraseChange passphraseChange;
    private final ViewActions views;
    private RunningTask running;

    public AppActions(ShellModel model, StoreSession session, FileDialogs dialogs, Supplier<Window> window,
                      Path sampleStore, SampleSpec sampleSpec, ReportPrinting printing) {
        this.model = model;
        this.printing = printing;
        this.session = session;
        this.dialogs = dialogs;
        this.window = window;
        this.sampleStore = sampleStore;
        this.sampleSpec = sampleSpec;
        this.switcher = new StoreSwitcher(model, session, this::landed, this::openStore, this::chooseStore,
                this::askPassphrase);
        this.passphraseChange = new PassphraseChange(model, session, dialogs, window);
        this.views = new ViewActions(model, session, dialogs, window);
        session.events().dataVersion().addListener((obs, was, now) -> views.reload());
        session.onHandedOff(this::importHandedOff);
    }

    /**
     * Imports the files a command handed to this window as the window's own import (progress in the status bar, the
     * summary beside the current blade, lists reloaded), after any job running now; the command prints the lines
     * it would have printed. A request for a store this window no longer shows is given back to its command.
     */
    public void importHandedOff(HandedOff request) {
        handedOff.add(request);
        nextHandedOff();
    }

    private void nextHandedOff() {
        if (running != null || handedOff.isEmpty()) {
            return;
        }
        HandedOff request = handedOff.poll();
        Path current = session.directoryProperty().get();
        if (!session.isOpen() || current == null
                || !current.toAbsolutePath().normalize().equals(request.store())) {
            session.executor().execute(request::abandon);
            nextHandedOff();
            return;
        }
        var store = session.store();
        track(Tasks.createReporting(reporter -> request.runOn(store, reporter, (i, n, file) -> reporter.message(
                        I18n.format("import.progress", i + 1, n, ImportTexts.fileName(file)))).results())
                .showingIn(model.status(), I18n.format("import.handedOff", request.request().names().size()))
                .onSuccess(this::imported)
                .onError(error -> model.status().showMessage(I18n.format("import.failed", error.getMessage())))
                .andFinally(this::idle)
                .runOnce(session.executor()));
    }

    @Override
    public void importFiles(List<Path> files) {
        if (!mayImport(files)) {
            return;
        }
        // Snapshots without dates are found first, so the user is asked for their days before any file is read
        // into the store, and never while the import holds it.
        track(Tasks.create(() -> ImportJob.undatedSnapshots(files))
                .showingIn(model.status(), I18n.format("import.starting", files.size()))
                .onSuccess(undated -> importDated(files, undated))
                .onError(error -> {
                    idle();
                    model.status().showMessage(I18n.format("import.failed", error.getMessage()));
                })
                .runOnce(session.executor()));
    }

    /** Asks the day of each undated snapshot (a cancel skips the file), then imports. */
    private void importDated(List<Path> files, List<Path> undated) {
        Map<Path, LocalDate> days = new HashMap<>();
        List<ImportResult> declined = new ArrayList<>();
        List<Path> toImport = new ArrayList<>(files);
        for (Path file : undated) {
            Optional<LocalDate> day = dialogs.chooseSnapshotDay(window.get(), file, lastModifiedDay(file));
            if (day.isPresent()) {
                days.put(file, day.get());
            } else {
                declined.add(ImportJob.declined(file));
                toImport.remove(file);
            }
        }
        track(Tasks.createReporting(reporter -> {
            List<ImportResult> results = new ArrayList<>(declined);
            results.addAll(ImportJob.importAll(session.store(), toImport, days, reporter));
            return List.copyOf(results);
        })
                .showingIn(model.status(), I18n.format("import.starting", toImport.size()))
                .onSuccess(this::imported)
                .onError(error -> model.status().showMessage(I18n.format("import.failed", error.getMessage())))
                .andFinally(this::idle)
                .runOnce(session.executor()));
    }

    private static LocalDate lastModifiedDay(Path file) {
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void importRoleLists(List<Path> files) {
        if (!mayImport(files)) {
            return;
        }
        track(Tasks.create(() -> files.stream().map(f -> session.store().importRoleList(f)).toList())
                .showingIn(model.status(), I18n.format("import.starting", files.size()))
                .onSuccess(this::imported)
                .onError(error -> model.status().showMessage(I18n.format("import.failed", error.getMessage())))
                .andFinally(this::idle)
                .runOnce(session.executor()));
    }

    /** Whether files can be imported now: some are named, no other work runs, and a store is open (else says why). */
    private boolean mayImport(List<Path> files) {
        if (files.isEmpty() || refuseWhileBusy()) {
            return false;
        }
        if (!session.isOpen()) {
            model.status().showMessage(I18n.get("import.noStore"));
            return false;
        }
        if (session.readOnlyProperty().get()) {
            model.status().showMessage(I18n.format("store.readOnly", ViewerApp.storeName(
                    session.directoryProperty().get())));
            return false;
        }
        return true;
    }

    @Override
    public void openStore(Path storeDir) {
        if (refuseWhileBusy()) {
            return;
        }
        Path current = session.directoryProperty().get();
        if (current != null && current.toAbsolutePath().normalize().equals(storeDir.toAbsolutePath().normalize())) {
            model.status().showMessage(I18n.get("store.alreadyOpen"));
            return;
        }
        track(switcher.open(storeDir, this::idle));
    }

    @Override
    public void changePassphrase() {
        if (!refuseWhileBusy()) {
            RunningTask task = passphraseChange.start(dir -> track(switcher.open(dir, this::idle)), this::idle);
            if (task != null) {
                track(task);
            }
        }
    }

    /** Generates the sample store (once) and switches the window to it; the user's own store is left alone. */
    public void exploreSample() {
        if (!refuseWhileBusy()) {
            track(switcher.openSample(sampleStore, sampleSpec, this::idle));
        }
    }

    /** Asks for export files and imports them, as File > Import does; used by the welcome blade. */
    public void chooseAndImport() {
        importFiles(dialogs.chooseImportFiles(window.get()));
    }

    @Override
    public void print(Blade current) {
        if (current instanceof ReportSource source && session.isOpen()) {
            printing.open(window.get(), source);
        } else if (current instanceof Printable printable) {
            printable.print(window.get());
        } else {
            model.status().showMessage(cannot("status.cannotPrint", current));
        }
    }

    @Override
    public ViewActions savedViews() {
        return views;
    }

    @Override
    public void exportCsv(Blade current) {
        if (current instanceof Exportable exportable) {
            dialogs.chooseCsvTarget(window.get(), current.title() + ".csv").ifPresent(exportable::exportCsv);
        } else {
            model.status().showMessage(cannot("status.cannotExport", current));
        }
    }

    /**
     * Cancels every running task (imports, removals, exports, print jobs), lets them undo themselves, and closes the
     * store and the workers; the app calls this on exit.
     */
    public void shutdown() {
        if (Platform.isFxApplicationThread()) {
            model.status().cancelAll();
        } else {
            // the status model lives on the FX thread; the cancels reach the work while the workers are awaited
            Platform.runLater(model.status()::cancelAll);
        }
        if (running != null) {
            running.cancel();
        }
        printing.close();
        session.shutdown();
    }

    /** True while an import, store switch or sample job runs. */
    public boolean isBusy() {
        return running != null;
    }

    private void imported(List<ImportResult> results) {
        session.events().dataChanged();
        model.status().showMessage(ImportTexts.statusLine(results));
        showSummary(results);
        ImportNotice.of(results).show(window.get());
    }

    private void landed(boolean empty, List<ImportResult> imported) {
        if (empty) {
            model.blades().openRoot(new WelcomeBlade(this::chooseAndImport, this::exploreSample));
        } else {
            // the sample lands on the Overview too: its answers are what the sample is for
            model.navigate(ViewerWindow.FIRST_VIEW);
        }
    }

    private void showSummary(List<ImportResult> results) {
        Blade last = model.blades().last().orElse(null);
        if (last instanceof WelcomeBlade) {
            last = null;
        } else if (last instanceof ImportSummaryBlade) {
            int index = model.blades().indexOf(last);
            last = index > 0 ? model.blades().blades().get(index - 1) : null;
        }
        ImportSummaryBlade summary = new ImportSummaryBlade(results);
        if (last == null) {
            model.blades().openRoot(summary);
        } else {
            model.blades().open(last, summary);
        }
    }

    /** Asks for a store's passphrase on the FX thread; the worker opening the store waits for the answer. */
    private Optional<char[]> askPassphrase(Path dir, String problem) {
        try {
            return FxQuestion.ask(() -> dialogs.askPassphrase(window.get(), dir, problem));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private void chooseStore() {
        dialogs.chooseStoreDirectory(window.get()).ifPresent(this::openStore);
    }

    private boolean refuseWhileBusy() {
        if (running != null) {
            model.status().showMessage(I18n.get("status.busy"));
            return true;
        }
        return false;
    }

    /** Remembers a started job unless it already finished (as it does inline with a same-thread executor). */
    private void track(RunningTask task) {
        running = task.isDone() ? null : task;
    }

    private void idle() {
        running = null;
        nextHandedOff();
    }

    private static String cannot(String key, Blade current) {
        return current == null ? I18n.get("status.noBlade") : I18n.format(key, current.title());
    }
}
