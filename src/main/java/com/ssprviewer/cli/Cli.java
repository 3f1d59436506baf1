package com.ssprviewer.cli;

import com.ssprviewer.lists.ListDefinitions;
import com.ssprviewer.store.api.StoreAccessException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line: {@code import}, {@code summary}, {@code coverage}, {@code events}, {@code attempts},
 * {@code registrations},
 * {@code sample}. Exit codes ({@link ExitCodes}): 0 success, 1 a failure (one sentence on stderr), 2 wrong usage (usage
 * text on stderr), 3 store busy, 4 disk full, 5 store cannot be written, 6 store damaged, 7 an encrypted store's
 * passphrase missing or wrong, 130 cancelled by Ctrl+C. Every command takes {@code --passphrase-file FILE} for an
 * encrypted store; a command with long work shows its progress on stderr ({@code --quiet} silences it).
 */
public final class Cli {

    public static final String PROGRAM = "java -jar sspr-audit-viewer.jar";

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final CliContext context;

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, System.getenv());
    }

    /** A command line that reads passphrases from these environment variables (tests give their own). */
    public Cli(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.context = new CliContext(out, err, environment);
        List<Command> all = new ArrayList<>(List.of(new ImportCommand(), new SummaryCommand(),
                new CoverageCommand()));
        ListDefinitions.ALL.forEach(list -> all.add(new ListCommand<>(list)));
        all.addAll(List.of(new SampleCommand(), new ReportCommand(), new RetentionCommand(), new ForgetCommand(),
                new PassphraseCommand(), new ViewsCommand()));
        for (Command c : all) {
            commands.put(c.name(), c);
        }
    }

    /** True when the arguments name a command (otherwise the launcher opens the window). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !(args.length == 2 && args[0].equals("--db"));
    }

    public int run(String... args) {
        if (args.length == 0 || isHelp(args[0]) || args[0].equals("help")) {
            context.out().print(overview());
            return 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            context.err().println("Unknown command \"" + args[0] + "\".");
            context.err().print(overview());
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.stream().anyMatch(Cli::isHelp)) {
            context.out().println(command.usage());
            return 0;
        }
        Interruption interruption = context.begin(command.name());
        try {
            Set<String> options = new HashSet<>(command.options());
            options.add(Passphrases.OPTION);
            Set<String> flags = new HashSet<>(command.flags());
            if (command.hasProgress()) {
                flags.add(CliContext.QUIET);
                interruption.arm();
            }
            Args parsed = Args.parse(rest, options, flags);
            return command.run(parsed, context);
        } catch (UsageException e) {
            context.err().println(command.name() + ": " + e.getMessage());
            context.err().println(command.usage());
            return 2;
        } catch (CommandFailure e) {
            context.err().println(command.name() + ": " + e.getMessage());
            return e.exitCode();
        } catch (StoreAccessException e) {
            context.err().println(command.name() + ": " + e.getMessage());
            return ExitCodes.of(e.problem());
        } catch (RuntimeException e) {
            context.err().println(command.name() + ": failed unexpectedly: " + e);
            return 1;
        } finally {
            interruption.disarm();
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h");
    }

    private String overview() {
        StringBuilder sb = new StringBuilder();
        sb.append("SSPR Audit Viewer\n\nusage: ").append(PROGRAM).append(" [--db DIR]            open the window\n")
                .append("       ").append(PROGRAM).append(" COMMAND [options]\n\ncommands:\n");
        for (Command c : commands.values()) {
            sb.append(String.format("  %-14s %s%n", c.name(), c.description()));
        }
        sb.append("\n").append(PROGRAM).append(" COMMAND --help shows a command's options.\n")
                .append("An encrypted store's passphrase: --").append(Passphrases.OPTION)
                .append(" FILE (its first line) on any command, or the environment variable ")
                .append(Passphrases.VARIABLE).append(".\n")
                .append("Long work (import, retention, forget, report, passphrase, sample) shows its progress on")
                .append(" stderr (--quiet silences it); Ctrl+C cancels it, exit 130.\n");
        return sb.toString();
    }
}
