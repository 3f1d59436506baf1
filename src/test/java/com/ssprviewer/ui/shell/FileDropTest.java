package com.ssprviewer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDropTest {

    @Test
    void droppedFilesAreImportedInDropOrderAndFoldersAreLeftOut(@TempDir Path dir) throws IOException {
        Path second = Files.writeString(dir.resolve("b.json"), "[]");
        Path first = Files.writeString(dir.resolve("a.csv"), "x");
        Path folder = Files.createDirectory(dir.resolve("folder"));

        List<Path> paths = FileDrop.paths(List.of(second.toFile(), folder.toFile(), first.toFile()));

        assertEquals(List.of(second, first), paths);
    }

    @Test
    void aVanishedFileIsLeftOut(@TempDir Path dir) {
        assertEquals(List.of(), FileDrop.paths(List.of(new File(dir.toFile(), "gone.csv"))));
    }
}
