package com.ssprviewer.report.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Where the cups-pdf queue leaves printed jobs, and their text read back with pdftotext, for the print tests. */
public final class CupsPdfOutput {

    static final List<Path> OUTPUT_FOLDERS = List.of(Path.of("/var/spool/cups-pdf"),
            Path.of(System.getProperty("user.home"), "PDF"));

    private CupsPdfOutput() {
    }

    /** The text of the first PDF printed after {@code after} that contains {@code marker}; fails after the limit. */
    public static String waitForPrintedText(String marker, Instant after, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            for (Path candidate : newPdfs(after)) {
                Optional<String> text = pdftotext(candidate);
                if (text.isPresent() && text.get().contains(marker)) {
                    return text.get();
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No printed PDF containing '" + marker + "' appeared in " + OUTPUT_FOLDERS
                + " within " + limit.toSeconds() + " s");
    }

    private static List<Path> newPdfs(Instant after) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path folder : OUTPUT_FOLDERS) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(f -> f.toString().endsWith(".pdf"))
                        .filter(f -> modified(f).isAfter(after))
                        .forEach(found::add);
            }
        }
        return found;
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static Optional<String> pdftotext(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return Optional.empty();
        }
        return process.exitValue() == 0 ? Optional.of(Normalizer.normalize(text, Normalizer.Form.NFKC))
                : Optional.empty();
    }
}
