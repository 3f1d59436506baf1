package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Blade;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Records what the shell asked for, so tests can check the menu, shortcuts and drops reach the actions. */
final class RecordingActions implements ShellActions {
    final List<List<Path>> imports = new ArrayList<>();
    final List<Path> stores = new ArrayList<>();
    final List<Blade> printed = new ArrayList<>();
    final List<Blade> exported = new ArrayList<>();
    int passphraseChanges;

    @Override
    public void importFiles(List<Path> files) {
        imports.add(files);
    }

    @Override
    public void importRoleLists(List<Path> files) {
        imports.add(files);
    }

    @Override
    public void openStore(Path storeDir) {
        stores.add(storeDir);
    }

    @Override
    public void changePassphrase() {
        passphraseChanges++;
    }

    @Override
    public void print(Blade current) {
        printed.add(current);
    }

    @Override
    public void exportCsv(Blade current) {
        exported.add(current);
    }
}
