package com.ssprviewer.cli;

import com.ssprviewer.handoff.HandoffClient;
import com.ssprviewer.handoff.ImportAnswer;
import com.ssprviewer.handoff.ImportRequest;
import com.ssprviewer.handoff.Inbox;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.Passphrase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How {@code import} gets its turn at a store another process holds. A window of this program holding it gets the
 * import handed over and answers with the lines to print; a command holding it (another import, a reader) is waited
 * for, saying so once, up to {@code --wait} seconds; then the import ends with exit 3 and a sentence.
 */
final class ImportTurn {

    static final long DEFAULT_WAIT_SECONDS = 600;
    /** How long an open window may take to take a request; one that does not is treated as absent. */
    private static final Duration TAKE_WITHIN = Duration.ofSeconds(5);
    private static final long RETRY_MILLIS = 250;

    /** The window's answer, or the store, opened for this command. */
    record Turn(ImportAnswer answer, Store store) {
    }

    private ImportTurn() {
    }

    static Turn take(CliContext context, Path dir, Passphrase passphrase, ImportRequest request, long waitSeconds)
            throws CommandFailure {
        long giveUp = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        boolean said = false;
        try {
            while (true) {
                if (Inbox.of(dir).windowPresent()) {
                    Optional<ImportAnswer> answer = handOff(context, dir, request);
                    if (answer.isPresent()) {
                        return new Turn(answer.get(), null);
                    }
                }
                try {
                    return new Turn(null, context.open(dir, passphrase));
                } catch (CommandFailure e) {
                    if (e.exitCode() != ExitCodes.STORE_BUSY) {
                        throw e;
                    }
                    if (System.nanoTime() - giveUp > 0) {
                        throw said ? new CommandFailure("The store " + dir.toAbsolutePath().normalize() + " was"
                                + " still in use by another window or command of SSPR Audit Viewer after "
                                + waitSeconds + " seconds; let it finish and import again, or wait longer with"
                                + " --wait SECONDS.", ExitCodes.STORE_BUSY) : e;
                    }
                }
                if (!said) {
                    said = true;
                    context.err().println("The store " + dir.toAbsolutePath().normalize() + " is in use by another"
                            + " window or command of SSPR Audit Viewer; waiting up to " + waitSeconds
                            + " seconds for it (Ctrl+C stops)...");
                }
                Thread.sleep(RETRY_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("Stopped while waiting for the store " + dir + "; nothing was imported.");
        }
    }

    private static Optional<ImportAnswer> handOff(CliContext context, Path dir, ImportRequest request)
            throws InterruptedException {
        HandoffClient client = HandoffClient.to(dir);
        Interruption stop = context.interruption();
        // Ctrl+C withdraws the request, or asks the window to cancel its import of it and waits for it a little
        stop.endsAtOnce(() -> {
            client.stop();
            context.err().println("import cancelled; the open window of SSPR Audit Viewer was told to stop it, and"
                    + " its Imports blade shows what was kept");
        });
        try {
            return client.handOff(request, TAKE_WITHIN,
                    () -> context.err().println("handed to the open window of SSPR Audit Viewer; waiting..."));
        } catch (IOException e) {
            return Optional.empty(); // the inbox cannot be written: wait for the store instead
        } finally {
            stop.endsAtOnce(stop.say("import cancelled; nothing was imported"));
        }
    }

    /** Prints the window's answer as the command would have printed its own import; returns the exit code. */
    static int print(ImportAnswer answer, CliContext context) {
        answer.out().forEach(context.out()::println);
        answer.err().forEach(l -> context.err().println("import: " + l));
        if (answer.problem() != null) {
            return ExitCodes.of(answer.problem());
        }
        return answer.allGood() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
