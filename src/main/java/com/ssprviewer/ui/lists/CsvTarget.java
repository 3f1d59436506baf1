package com.ssprviewer.ui.lists;

import com.ssprviewer.ui.common.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save an export; tests answer with a fixed path instead of a native dialog. */
@FunctionalInterface
public interface CsvTarget {

    /** The chosen file, or empty when the user cancelled. */
    Optional<Path> choose(Window owner, String suggestedName);

    /** The platform's save dialog. */
    static CsvTarget system() {
        return (owner, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.get("list.export.title"));
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("list.export.csvFiles"),
                    "*" + ".csv"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("list.export.xlsxFiles"),
                    "*.xlsx"));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
