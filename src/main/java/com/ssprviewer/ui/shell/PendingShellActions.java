package com.ssprviewer.ui.shell;

import com.ssprviewer.ui.common.Blade;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.StatusModel;
import java.nio.file.Path;
import java.util.List;

/** Stands in for {@link ShellActions} until the store is wired: each action says in the status bar it is not ready. */
public final class PendingShellActions implements ShellActions {
    private final StatusModel status;

    public PendingShellActions(StatusModel status) {
        this.status = status;
    }

    @Override
    public void importRoleLists(List<Path> files) {
        status.showMessage(I18n.format("status.notAvailable", I18n.get("menu.file.importRoles")));
    }

    @Override
    public void importFiles(List<Path> files) {
        status.showMessage(I18n.format("status.notAvailable", I18n.get("menu.file.import")));
    }

    @Override
    public void openStore(Path storeDir) {
        status.showMessage(I18n.format("status.notAvailable", I18n.get("menu.file.openStore")));
    }

    @Override
    public void changePassphrase() {
        status.showMessage(I18n.format("status.notAvailable", I18n.get("menu.file.passphrase")));
    }

    @Override
    public void print(Blade current) {
        status.showMessage(I18n.format("status.notAvailable", I18n.get("menu.file.print")));
    }

    @Override
    public void exportCsv(Blade current) {
        status.showMessage(I18n.format("status.notAvailable", I18n.get("menu.file.exportCsv")));
    }
}
