package com.ssprviewer.handoff;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What {@code import} was asked to do, as it hands it to the open window: the files as the user named them, the
 * folder they were named from, the zone of times written without one and the day of undated snapshots.
 *
 * @param base        the working folder of the command, which relative names are read from; absolute
 * @param names       the files as named on the command line, in order (at least one, at most {@value #MAX_FILES})
 * @param zone        the zone of times written without one
 * @param snapshotDay the day of registration snapshots; null to take each file's newest date
 */
public record ImportRequest(Path base, List<String> names, ZoneId zone, LocalDate snapshotDay) {

    static final String HEADER = "sspr-audit-viewer import request 1";
    static final int MAX_FILES = 4096;
    static final int MAX_NAME = 4096;
    /** Bounds what the window reads of a request: every name at its longest. */
    static final int MAX_BYTES = MAX_FILES * (MAX_NAME + 8) + 3 * (MAX_NAME + 16);

    public ImportRequest {
        names = List.copyOf(names);
        if (!base.isAbsolute() || names.isEmpty() || names.size() > MAX_FILES) {
            throw new IllegalArgumentException("an absolute base and 1 to " + MAX_FILES + " names");
        }
    }

    /** The file a name stands for. */
    public Path file(String name) {
        return base.resolve(name).normalize();
    }

    String encode() {
        List<Fields.Field> fields = new ArrayList<>();
        fields.add(new Fields.Field("base", base.toString()));
        fields.add(new Fields.Field("zone", zone.getId()));
        if (snapshotDay != null) {
            fields.add(new Fields.Field("snapshot-date", snapshotDay.toString()));
        }
        names.forEach(n -> fields.add(new Fields.Field("file", n)));
        return Fields.write(HEADER, fields);
    }

    /** Reads a request written by {@link #encode()}; anything else is refused, saying why. */
    static ImportRequest decode(String text) throws InvalidInboxFile {
        List<Fields.Field> fields = Fields.read(text, HEADER, Set.of("base", "zone", "snapshot-date", "file"),
                MAX_FILES + 3, MAX_NAME);
        String base = Fields.single(fields, "base");
        String zone = Fields.single(fields, "zone");
        String day = Fields.single(fields, "snapshot-date");
        List<String> names = Fields.all(fields, "file");
        if (base == null || zone == null || names.isEmpty()) {
            throw new InvalidInboxFile("lacks its folder, its zone or its files");
        }
        if (names.size() > MAX_FILES || names.stream().anyMatch(String::isBlank)) {
            throw new InvalidInboxFile("names no file, a blank one, or more than " + MAX_FILES);
        }
        try {
            Path folder = Path.of(base);
            if (!folder.isAbsolute()) {
                throw new InvalidInboxFile("names a folder that is not absolute");
            }
            for (String name : names) {
                folder.resolve(name);
            }
            return new ImportRequest(folder, names, ZoneId.of(zone), day == null ? null : LocalDate.parse(day));
        } catch (InvalidPathException | DateTimeException e) {
            throw new InvalidInboxFile("holds a path, zone or day that cannot be read");
        }
    }
}
