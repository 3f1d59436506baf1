package com.ssprviewer.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Accepts files dropped anywhere on the window and hands them over as paths (folders are left out). */
final class FileDrop {
    private FileDrop() {
    }

    static void install(Scene scene, Consumer<List<Path>> onDrop) {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            boolean accepted = false;
            if (event.getDragboard().hasFiles()) {
                List<Path> files = paths(event.getDragboard().getFiles());
                accepted = !files.isEmpty();
                if (accepted) {
                    onDrop.accept(files);
                }
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    /** The regular files among {@code dropped}, in drop order. */
    static List<Path> paths(List<File> dropped) {
        return dropped.stream().filter(File::isFile).map(File::toPath).toList();
    }
}
