package com.ssprviewer.cli;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import com.ssprviewer.store.query.EventFilter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
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
        EventFilter.Builder b = EventFilter.builder();
        Values.ordered(args);
        if (args.option("from").isPresent()) {
            b.from(Values.instant("from", args.option("from").get()));
        }
        if (args.option("to").isPresent()) {
            b.to(Values.endExclusive("to", args.option("to").get()));
        }
        b.services(new LinkedHashSet<>(args.values("service")));
        b.categories(new LinkedHashSet<>(args.values("category")));
        b.activities(new LinkedHashSet<>(args.values("activity")));
        b.roles(new LinkedHashSet<>(args.values("role")));
        b.statuses(statuses(args));
        b.results(results(args));
        b.methods(methods(args));
        b.user(args.option("user").orElse(null));
        b.initiatedBy(args.option("initiated-by").orElse(null));
        b.target(args.option("target").orElse(null));
        b.text(args.option("text").orElse(null));
        b.correlationId(args.option("correlation").orElse(null));
        b.details(new LinkedHashSet<>(args.texts("details")));
        return b.build();
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
