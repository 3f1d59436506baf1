package com.ssprviewer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ssprviewer.store.Store;
import com.ssprviewer.store.api.StoredView;
import com.ssprviewer.store.query.ListKind;
import com.ssprviewer.store.query.SavedView;
import com.ssprviewer.store.query.ViewDocument;
import com.ssprviewer.store.query.ViewFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code views}: the store's saved views (made in the window), listed, or exported to and imported from the small
 * JSON file colleagues share.
 */
final class ViewsCommand implements Command {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String name() {
        return "views";
    }

    @Override
    public String description() {
        return "list, export or import saved views";
    }

    @Override
    public String usage() {
        return "usage: " + Cli.PROGRAM + " views [--db DIR] [--list LIST] [--json]\n"
                + "       " + Cli.PROGRAM + " views export NAME [--db DIR] [--list LIST] --out FILE.json\n"
                + "       " + Cli.PROGRAM + " views import FILE.json [--db DIR] [--name NAME] [--replace]\n"
                + "  --list LIST      " + lists() + "\n"
                + "  --json           one JSON array: list, name, created, changed, range, filter, sort, columns\n"
                + "  --name NAME      import the view under another name\n"
                + "  --replace        replace the list's view of the same name";
    }

    @Override
    public Set<String> options() {
        return Set.of("db", "list", "out", "name");
    }

    @Override
    public Set<String> flags() {
        return Set.of("json", "replace");
    }

    @Override
    public int run(Args args, CliContext context) throws UsageException, CommandFailure {
        List<String> words = args.positional();
        if (words.isEmpty()) {
            return list(args, context);
        }
        String action = words.get(0);
        switch (action) {
            case "export":
                expect(words, 1);
                return export(args, context, words.get(1));
            case "import":
                expect(words, 1);
                return ViewImport.run(args, context, Path.of(words.get(1)));
            default:
                throw new UsageException("unexpected argument \"" + action + "\"; give export NAME or import FILE");
        }
    }

    private static void expect(List<String> words, int arguments) throws UsageException {
        if (words.size() - 1 < arguments) {
            throw new UsageException(words.get(0) + " needs " + (words.get(0).equals("export") ? "a view's NAME"
                    : "a view's FILE"));
        }
        if (words.size() - 1 > arguments) {
            throw new UsageException("unexpected argument \"" + words.get(arguments + 1) + "\"");
        }
    }

    private static int list(Args args, CliContext context) throws UsageException, CommandFailure {
        ListKind only = list(args).orElse(null);
        try (Store store = context.openStore(args)) {
            List<StoredView> views = store.views(only);
            if (args.flag("json")) {
                context.out().println(json(views));
            } else if (views.isEmpty()) {
                context.out().println("No saved views in " + store.directory() + ".");
            } else {
                for (StoredView v : views) {
                    context.out().println(String.format("%-14s %s", v.view().list().key(), v.view().name()));
                }
            }
        } catch (IOException e) {
            throw new CommandFailure("could not write the output: " + e.getMessage());
        }
        return 0;
    }

    private static String json(List<StoredView> views) throws IOException {
        ArrayNode out = JSON.createArrayNode();
        for (StoredView v : views) {
            ObjectNode doc = (ObjectNode) JSON.readTree(ViewDocument.write(v.view()));
            ObjectNode item = out.addObject();
            item.put("list", v.view().list().key());
            item.put("name", v.view().name());
            item.put("created", v.created().toString());
            item.put("changed", v.changed().toString());
            for (String field : List.of("range", "filter", "sort", "columns")) {
                item.set(field, doc.get(field));
            }
        }
        return JSON.writeValueAsString(out);
    }

    private static int export(Args args, CliContext context, String name) throws UsageException, CommandFailure {
        Path out = Path.of(args.option("out").orElseThrow(() -> new UsageException("--out FILE.json is required")));
        Optional<ListKind> only = list(args);
        try (Store store = context.openStore(args)) {
            List<StoredView> found = store.views(only.orElse(null)).stream()
                    .filter(v -> v.view().name().equalsIgnoreCase(name.strip())).toList();
            if (found.isEmpty()) {
                throw new UsageException("there is no saved view named \"" + name.strip() + "\"" + only.map(
                        k -> " of the " + k.key() + " list").orElse("") + " in " + store.directory());
            }
            if (found.size() > 1) {
                throw new UsageException("views of several lists are named \"" + name.strip() + "\" ("
                        + found.stream().map(v -> v.view().list().key()).collect(Collectors.joining(", "))
                        + "); name the list with --list");
            }
            SavedView view = found.get(0).view();
            Files.write(out, ViewDocument.write(view));
            context.out().println(out + ": the view \"" + view.name() + "\" of the " + view.list().key() + " list");
        } catch (IOException e) {
            throw new CommandFailure("could not write " + out + " (" + e.getMessage() + "); name a file in a folder"
                    + " you can write to.");
        }
        return 0;
    }

    /** The list named by {@code --list}, if given. */
    static Optional<ListKind> list(Args args) throws UsageException {
        Optional<String> key = args.option("list");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ListKind.byKey(key.get()).orElseThrow(() -> new UsageException("--list expects "
                + lists() + ", not \"" + key.get() + "\"")));
    }

    private static String lists() {
        return EnumSet.allOf(ListKind.class).stream().map(ListKind::key).collect(Collectors.joining(", "));
    }

    /** Reads a view's file for {@code views import}. */
    static SavedView read(Path file) throws CommandFailure {
        try {
            return ViewDocument.read(Files.readAllBytes(file), String.valueOf(file));
        } catch (ViewFileException e) {
            throw new CommandFailure(e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure("could not read " + file + " (" + e.getMessage() + "); name a view's file"
                    + " that exists and can be read.");
        }
    }
}
