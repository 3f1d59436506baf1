package com.ssprviewer.sample;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes one of the two classic reports: "Password reset activity" (UTF-8 with BOM, CRLF) or
 * "Password reset registration activity" (UTF-8 without BOM, LF, as the registration sample has it, so that both
 * styles are exercised). Values are quoted only where they need it.
 */
final class ClassicCsvWriter implements Closeable {

    static final String RESET_HEADER = "User,Role,Date and Time,Methods Used,Result,Details";
    static final String REGISTRATION_HEADER = "User,Role,Date and Time,Data Registered";

    private final Writer out;
    private final String newline;
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    private ClassicCsvWriter(Path file, boolean bom, String newline, String header) throws IOException {
        this.out = CsvText.open(file, bom);
        this.newline = newline;
        out.write(header + newline);
    }

    static ClassicCsvWriter resets(Path file) throws IOException {
        return new ClassicCsvWriter(file, true, CsvText.CRLF, RESET_HEADER);
    }

    static ClassicCsvWriter registrations(Path file) throws IOException {
        return new ClassicCsvWriter(file, false, "\n", REGISTRATION_HEADER);
    }

    /** One attempt; scenarios the classic report has no Details row for are skipped. */
    void write(Scenario.Reset s) throws IOException {
        if (s.details() == null) {
            return;
        }
        row(s.user(), s, Method.join(s.methodsUsed()), classicResult(s.outcome()), s.details().text());
    }

    void write(Scenario.Registration s) throws IOException {
        List<Method> classic = s.methods().stream().filter(m -> m != Method.AUTHENTICATOR_APP).toList();
        if (!classic.isEmpty()) {
            row(s.user(), s, Method.join(classic));
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void row(SampleUser user, Scenario s, String... rest) throws IOException {
        line.setLength(0);
        line.append(user.upn()).append(',');
        CsvText.appendMinimal(line, user.role());
        line.append(',').append(Times.classic(s.start()));
        for (String v : rest) {
            line.append(',');
            CsvText.appendMinimal(line, v);
        }
        out.write(line.append(newline).toString());
        rows++;
    }

    /**
     * The report writes each word capitalised ({@code Contacted Admin}); the model's labels are the output spelling.
     */
    static String classicResult(Outcome outcome) {
        String[] words = outcome.label().split(" ");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(sb.length() == 0 ? "" : " ").append(w.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(w.substring(1));
        }
        return sb.toString();
    }
}
