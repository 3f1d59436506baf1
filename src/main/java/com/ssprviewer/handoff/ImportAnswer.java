package com.ssprviewer.handoff;

import com.ssprviewer.store.api.StoreProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the window answers a handed-over import: the lines the command prints on standard output and on standard
 * error, and how it ended, so the command exits as if it had imported itself.
 *
 * @param out     the summary lines, as {@code import} prints them
 * @param err     sentences for standard error (a store fault, a refused request)
 * @param allGood every file imported without a rejected row
 * @param problem the store fault that stopped the import; null when none did
 */
public record ImportAnswer(List<String> out, List<String> err, boolean allGood, StoreProblem problem) {

    static final String HEADER = "sspr-audit-viewer import answer 1";
    static final int MAX_LINES = 200_000;
    static final int MAX_LINE = 64 * 1024;
    static final int MAX_BYTES = 64 * 1024 * 1024;

    public ImportAnswer {
        out = List.copyOf(out);
        err = List.copyOf(err);
    }

    /** An answer that only says, on standard error, why nothing was imported. */
    static ImportAnswer refused(String sentence, StoreProblem problem) {
        return new ImportAnswer(List.of(), List.of(sentence), false, problem);
    }

    String encode() {
        List<Fields.Field> fields = new ArrayList<>();
        out.forEach(l -> fields.add(new Fields.Field("out", l)));
        err.forEach(l -> fields.add(new Fields.Field("err", l)));
        fields.add(new Fields.Field("end", problem != null ? problem.name() : allGood ? "OK" : "FAILED"));
        return Fields.write(HEADER, fields);
    }

    static ImportAnswer decode(String text) throws InvalidInboxFile {
        List<Fields.Field> fields = Fields.read(text, HEADER, Set.of("out", "err", "end"), MAX_LINES, MAX_LINE);
        String end = Fields.single(fields, "end");
        if (end == null) {
            throw new InvalidInboxFile("lacks how the import ended");
        }
        StoreProblem problem = null;
        if (!end.equals("OK") && !end.equals("FAILED")) {
            problem = StoreProblem.OTHER;
            for (StoreProblem p : StoreProblem.values()) {
                if (p.name().equals(end)) {
                    problem = p;
                }
            }
        }
        return new ImportAnswer(Fields.all(fields, "out"), Fields.all(fields, "err"), end.equals("OK"), problem);
    }
}
