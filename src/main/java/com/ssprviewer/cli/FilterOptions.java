package com.ssprviewer.cli;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.query.EventFilter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The list filters of the command line, turned into the one {@link EventFilter} the window uses too. */
final class FilterOptions {

    static final Set<String> NAMES = Set.of("from", "to", "service", "category", "activity", "status", "result",
            "method", "user", "role", "text", "initiated-by", "target", "correlation",
            "details");

    static final String USAGE = ""
            + "  --from DATE, --to DATE    time range (dates are whole UTC days; instants like 2025-03-01T12:00:00Z)\n"
            + "  --service, --category, --activity, --status, --result, --method, --role VALUE[,VALUE]\n"
            + "                            any of the values (repeatable); results: "
            + Arrays.stream(Outcome.values()).map(Outcome::label).collect(Collectors.joining(", ")) + "\n"
            + "  --user, --initiated-by, --target TEXT   contains, case-insensitive\n"
            + "  --text QUERY              search: words all match (contains, case-insensitive), \"a phrase\",\n"
            + "                            -word or -\"a phrase\" to exclude, field:value or field:\"a value\" with\n"
            + "                            user: target: ip: activity: result: details:; a whole GUID finds its flow\n"
            + "  --correlation ID          one reset flow\n"
            + "  --details TEXT            attempts whose details are exactly TEXT (repeatable),"
            + " as summary's problems\n";

    private FilterOptions() {
    }

    static EventFilter read(Args args) throws UsageException {
        return read(args, EventFilter.NONE);
    }

    /** The filter of {@code base} (a saved view's) with every filter option given replacing that field of it. */
    static EventFilter read(Args args, EventFilter base) throws UsageException {
        EventFilter.Builder b = base.toBuilder();
        Values.ordered(args);
        if (args.option("from").isPresent()) {
            b.from(Values.instant("from", args.option("from").get()));
        }
        if (args.option("to").isPresent()) {
            b.to(Values.endExclusive("to", args.option("to").get()));
        }
        if (given(args, "service")) {
            b.services(new LinkedHashSet<>(args.values("service")));
        }
        if (given(args, "category")) {
            b.categories(new LinkedHashSet<>(args.values("category")));
        }
        if (given(args, "activity")) {
            b.activities(new LinkedHashSet<>(args.values("activity")));
        }
        if (given(args, "role")) {
            b.roles(new LinkedHashSet<>(args.values("role")));
        }
        if (given(args, "status")) {
            b.statuses(statuses(args));
        }
        if (given(args, "result")) {
            b.results(results(args));
        }
        if (given(args, "method")) {
            b.methods(methods(args));
        }
        text(args, "user", b::user);
        text(args, "initiated-by", b::initiatedBy);
        text(args, "target", b::target);
        text(args, "text", b::text);
        text(args, "correlation", b::correlationId);
        if (given(args, "details")) {
            b.details(new LinkedHashSet<>(args.texts("details")));
        }
        return b.build();
    }

    private static boolean given(Args args, String name) {
        return !args.texts(name).isEmpty();
    }

    private static void text(Args args, String name, Consumer<String> field) throws UsageException {
        Optional<String> value = args.option(name);
        if (value.isPresent()) {
            field.accept(value.get());
        }
    }

    private static Set<Status> statuses(Args args) throws UsageException {
        Set<Status> out = new HashSet<>();
        for (String v : args.values("status")) {
            Status s = Status.parse(v);
            if (s == Status.UNKNOWN && !v.equalsIgnoreCase("unknown")) {
                throw new UsageException("--status expects Success, Failure, Timeout or Unknown, not \"" + v + "\"");
            }
            out.add(s);
        }
        return out;
    }

    private static Set<Outcome> results(Args args) throws UsageException {
        Set<Outcome> out = new HashSet<>();
        for (String v : args.values("result")) {
            out.add(Outcome.parse(v).orElseThrow(() -> new UsageException("--result expects one of "
                    + Arrays.stream(Outcome.values()).map(Outcome::label).collect(Collectors.joining(", "))
                    + ", not \"" + v + "\"")));
        }
        return out;
    }

    private static Set<Method> methods(Args args) throws UsageException {
        Set<Method> out = new HashSet<>();
        for (String v : args.values("method")) {
            out.add(Method.parse(v).orElseThrow(() -> new UsageException("--method expects one of "
                    + Arrays.stream(Method.values()).map(Method::label).collect(Collectors.joining(", "))
                    + ", not \"" + v + "\"")));
        }
        return out;
    }
}
