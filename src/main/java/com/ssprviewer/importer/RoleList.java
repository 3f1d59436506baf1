package com.ssprviewer.importer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.ssprviewer.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A list of who holds which directory role (for example an export of Entra role assignments), so administrators can
 * be known when modern audit exports carry no role. Columns are found by name: a user principal name column and a
 * role column; a row without either is rejected alone with its line.
 */
public final class RoleList {

    /** Not detected among audit exports: a role list is imported on its own (File > Import role list). */
    public static final ExportFormat FORMAT = new ExportFormat("role-list-csv", "Role assignments (CSV)",
            "import.format.roleList");

    private static final Set<String> USER = Set.of("userprincipalname", "upn", "user", "principalname",
            "principaluserprincipalname", "signinname", "anvandarnamn", "anvandare");
    private static final Set<String> ROLE = Set.of("role", "rolename", "roledefinitionname", "roledisplayname",
            "directoryrole", "assignedrole", "roll");

    /**
     * One assignment read from the file.
     *
     * @param line the physical line (header = line 1)
     */
    public record Assignment(String user, String role, long line) {
    }

    /** What the file held: the assignments, and each rejected row as {@link ParsedRow.Rejected}. */
    public record Contents(List<Assignment> assignments, List<ParsedRow.Rejected> rejected) {
    }

    private RoleList() {
    }

    /** Reads the whole list (role lists are small); refuses a file without user and role columns. */
    public static Contents read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        try (InputStream in = Files.newInputStream(file);
             MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(withoutBom(in))) {
            if (!rows.hasNext()) {
                throw new ExportFormatException(name + ": the file is empty, so it is not a role list.");
            }
            String[] header = rows.next();
            int user = column(header, USER);
            int role = column(header, ROLE);
            if (user < 0 || role < 0) {
                throw new ExportFormatException(name + ": not a role list: it needs a UserPrincipalName column and a"
                        + " Role column.");
            }
            List<Assignment> out = new ArrayList<>();
            List<ParsedRow.Rejected> rejected = new ArrayList<>();
            while (rows.hasNext()) {
                long line = rows.getCurrentLocation().getLineNr();
                String[] row = rows.next();
                String u = Text.trimToNull(row.length > user ? row[user] : null);
                String r = Text.trimToNull(row.length > role ? row[role] : null);
                if (u == null) {
                    rejected.add(new ParsedRow.Rejected(line, "no user principal name"));
                } else if (r == null) {
                    rejected.add(new ParsedRow.Rejected(line, "no role"));
                } else {
                    out.add(new Assignment(Text.userKey(u), r, line));
                }
            }
            return new Contents(out, rejected);
        } catch (RuntimeException e) {
            throw new ExportFormatException(name + ": the role list cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    private static InputStream withoutBom(InputStream in) throws IOException {
        java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 3);
        byte[] head = p.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF;
        if (!bom) {
            p.unread(head);
        }
        return p;
    }

    private static int column(String[] header, Set<String> names) {
        for (int i = 0; i < header.length; i++) {
            String key = Normalizer.normalize(header[i], Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            if (names.contains(key)) {
                return i;
            }
        }
        return -1;
    }
}
