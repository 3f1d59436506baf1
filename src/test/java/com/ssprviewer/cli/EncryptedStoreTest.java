package com.ssprviewer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store encrypted with a passphrase keeps no user principal name readable in any of its files and gives the same
 * answers as the same exports in a plain store; a missing or wrong passphrase is refused with one sentence and exit
 * 7; setting, changing and removing the passphrase keep every answer.
 */
class EncryptedStoreTest {

    private static final String[] EXPORTS = {"audit-logs-download.csv", "audit-logs-download.json",
        "graph-directoryAudits-page1.json", "graph-directoryAudits-page2.json",
        "classic-password-reset-activity.csv", "classic-registration-activity.csv"};
    private static final Pattern UPN = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    @TempDir
    Path dir;

    @Test
    void anEncryptedStoreHoldsNoReadableUpnAndAnswersAsThePlainStoreDoes() throws Exception {
        List<String> files = exports();
        Path plain = dir.resolve("plain");
        Path encrypted = dir.resolve("encrypted");
        Path secret = passphraseFile("p1", "correct horse battery staple");
        assertEquals(0, run(Map.of(), args("import", "--db", plain.toString(), files)).exitCode());
        CliRun imported = run(Map.of(), args("import", "--db", encrypted.toString(), "--passphrase-file",
                secret.toString(), files));
        assertEquals(0, imported.exitCode(), imported.err());

        Set<String> upns = upns(files);
        assertTrue(upns.size() > 10, "the samples name users: " + upns);
        assertFalse(readableUpns(plain, upns).isEmpty(), "a plain store shows its users to anyone who reads it");
        assertEquals(Set.of(), readableUpns(encrypted, upns), "no file of an encrypted store names a user");

        assertEquals(answers(plain, Map.of()), answers(encrypted, Map.of("SSPR_PASSPHRASE",
                "correct horse battery staple")));
    }

    @Test
    void aWrongPassphraseIsRefusedAtOnceWithOneSentenceAndExitSeven() throws Exception {
        Path store = encryptedStore("right one");
        long start = System.nanoTime();
        CliRun wrong = run(Map.of(), "summary", "--db", store.toString(), "--passphrase-file",
                passphraseFile("wrong", "wrong one").toString());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused without H2's growing delay");
        assertEquals(7, wrong.exitCode(), wrong.err());
        assertEquals("summary: The passphrase does not open the store " + store.toAbsolutePath()
                + "; check it and try again.", wrong.err().strip());
    }

    @Test
    void anEncryptedStoreWithoutItsPassphraseSaysHowToGiveIt() throws Exception {
        Path store = encryptedStore("right one");
        CliRun none = run(Map.of(), "events", "--db", store.toString());
        assertEquals(7, none.exitCode(), none.err());
        assertEquals("events: The store " + store.toAbsolutePath() + " is encrypted and needs its passphrase;"
                + " give it with --passphrase-file FILE or the environment variable SSPR_PASSPHRASE.",
                none.err().strip());
    }

    @Test
    void settingChangingAndRemovingThePassphraseKeepEveryAnswer() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, run(Map.of(), args("import", "--db", store.toString(), exports())).exitCode());
        List<String> before = answers(store, Map.of());

        CliRun set = run(Map.of("SSPR_NEW_PASSPHRASE", "first"), "passphrase", "--db", store.toString());
        assertEquals(0, set.exitCode(), set.err());
        assertEquals("The store " + store.toAbsolutePath() + " is now encrypted.", set.out().strip());
        assertEquals(before, answers(store, Map.of("SSPR_PASSPHRASE", "first")));
        assertEquals(Set.of(), readableUpns(store, upns(exports())));

        CliRun change = run(Map.of("SSPR_PASSPHRASE", "first"), "passphrase", "--db", store.toString(),
                "--new-passphrase-file", passphraseFile("second", "second").toString());
        assertEquals(0, change.exitCode(), change.err());
        assertEquals(before, answers(store, Map.of("SSPR_PASSPHRASE", "second")));
        assertEquals(7, run(Map.of("SSPR_PASSPHRASE", "first"), "summary", "--db", store.toString()).exitCode(),
                "the old passphrase no longer opens it");

        CliRun remove = run(Map.of("SSPR_PASSPHRASE", "second"), "passphrase", "--db", store.toString(),
                "--remove");
        assertEquals(0, remove.exitCode(), remove.err());
        assertEquals(before, answers(store, Map.of()));
        try (Stream<Path> left = Files.list(store)) {
            assertEquals(List.of("sspr.key", "sspr.mv.db"), left.map(p -> p.getFileName().toString()).sorted()
                    .filter(n -> !n.startsWith("sspr.log")).toList(), "no salt or rewrite is left behind");
        }
    }

    @Test
    void thePassphraseCommandNeedsANewPassphraseOrRemove() throws Exception {
        Path store = encryptedStore("p");
        CliRun neither = run(Map.of("SSPR_PASSPHRASE", "p"), "passphrase", "--db", store.toString());
        assertEquals(2, neither.exitCode());
        assertTrue(neither.err().startsWith("passphrase: give the new passphrase (--new-passphrase-file FILE or"
                + " SSPR_NEW_PASSPHRASE), or --remove"), neither.err());
        assertEquals(2, run(Map.of(), "summary", "--db", store.toString(), "--passphrase", "p").exitCode(),
                "a passphrase is never taken from the command line itself");
    }

    private Path encryptedStore(String passphrase) throws IOException {
        Path store = dir.resolve("store");
        CliRun imported = run(Map.of("SSPR_PASSPHRASE", passphrase), "import", "--db", store.toString(),
                Samples.copy(dir, "audit-logs-download.csv").toString());
        assertEquals(0, imported.exitCode(), imported.err());
        return store;
    }

    /** Every answer the command line gives of a store: the summary and every list, in full. */
    static List<String> answers(Path store, Map<String, String> env) {
        List<String> out = new ArrayList<>();
        CliRun summary = run(env, "summary", "--db", store.toString(), "--json", "--as-of", "2025-06-01T00:00:00Z");
        assertEquals(0, summary.exitCode(), summary.err());
        out.add(summary.out());
        for (String list : List.of("events", "attempts", "registrations", "policy")) {
            CliRun rows = run(env, list, "--db", store.toString(), "--format", "csv", "--limit", "100000");
            assertEquals(0, rows.exitCode(), rows.err());
            out.add(rows.out());
        }
        return out;
    }

    /** The user principal names whose bytes appear in any file of the folder, as {@code strings} would show. */
    static Set<String> readableUpns(Path folder, Set<String> upns) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).toLowerCase();
                upns.stream().filter(u -> bytes.contains(u.toLowerCase())).forEach(found::add);
            }
        }
        return found;
    }

    private static Set<String> upns(List<String> files) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String f : files) {
            Matcher m = UPN.matcher(Files.readString(Path.of(f), StandardCharsets.UTF_8));
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    private List<String> exports() throws IOException {
        List<String> out = new ArrayList<>();
        for (String name : EXPORTS) {
            out.add(Samples.copy(dir, name).toString());
        }
        return out;
    }

    private Path passphraseFile(String name, String passphrase) throws IOException {
        return Files.writeString(dir.resolve(name + ".txt"), passphrase + "\n");
    }

    private static String[] args(String command, String db, String store, List<String> files) {
        return args(command, db, store, List.of(), files);
    }

    private static String[] args(String command, String db, String store, String option, String value,
                                 List<String> files) {
        return args(command, db, store, List.of(option, value), files);
    }

    private static String[] args(String command, String db, String store, List<String> options, List<String> files) {
        List<String> all = new ArrayList<>(List.of(command, db, store));
        all.addAll(options);
        all.addAll(files);
        return all.toArray(String[]::new);
    }

    static CliRun run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env).run(args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
