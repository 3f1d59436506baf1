package com.ssprviewer.store.query;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import com.ssprviewer.model.Status;
import java.time.Instant;
import java.util.Set;

/**
 * The one filter model shared by the command line and the window; {@code null} or empty means "no restriction".
 * Text filters are case-insensitive "contains"; set filters match any of their values.
 *
 * @param from          inclusive lower bound of the time
 * @param to            exclusive upper bound of the time
 * @param services      services (events)
 * @param categories    categories (events)
 * @param activities    activities (events)
 * @param statuses      statuses (events)
 * @param results       outcomes (attempts)
 * @param methods       methods used or registered (attempts, registrations): any of them
 * @param user          the user (attempts, registrations), or initiated-by or target (events), contains
 * @param initiatedBy   the actor of an event, contains
 * @param target        the target of an event, contains
 * @param roles         roles, case-insensitive equality (attempts, registrations)
 * @param text          free text over every text column
 * @param correlationId exact correlation id (the whole flow)
 * @param details       details of attempts, exact and case-sensitive: any of them (the stored wording, as the
 *                      "top problems" answer groups it; "" matches attempts without details)
 */
public record EventFilter(Instant from, Instant to, Set<String> services, Set<String> categories,
                          Set<String> activities, Set<Status> statuses, Set<Outcome> results, Set<Method> methods,
                          String user, String initiatedBy, String target, Set<String> roles, String text,
                          String correlationId, Set<String> details) {

    public static final EventFilter NONE = builder().build();

    public EventFilter {
        services = services == null ? Set.of() : Set.copyOf(services);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        activities = activities == null ? Set.of() : Set.copyOf(activities);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        results = results == null ? Set.of() : Set.copyOf(results);
        methods = methods == null ? Set.of() : Set.copyOf(methods);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        details = details == null ? Set.of() : Set.copyOf(details);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().from(from).to(to).services(services).categories(categories).activities(activities)
                .statuses(statuses).results(results).methods(methods).user(user).initiatedBy(initiatedBy)
                .target(target).roles(roles).text(text).correlationId(correlationId).details(details);
    }

    /** Builds filters field by field. */
    public static final class Builder {
        private Instant from;
        private Instant to;
        private Set<String> services;
        private Set<String> categories;
        private Set<String> activities;
        private Set<Status> statuses;
        private Set<Outcome> results;
        private Set<Method> methods;
        private String user;
        private String initiatedBy;
        private String target;
        private Set<String> roles;
        private String text;
        private String correlationId;
        private Set<String> details;

        public Builder from(Instant v) { from = v; return this; }
        public Builder to(Instant v) { to = v; return this; }
        public Builder services(Set<String> v) { services = v; return this; }
        public Builder categories(Set<String> v) { categories = v; return this; }
        public Builder activities(Set<String> v) { activities = v; return this; }
        public Builder statuses(Set<Status> v) { statuses = v; return this; }
        public Builder results(Set<Outcome> v) { results = v; return this; }
        public Builder methods(Set<Method> v) { methods = v; return this; }
        public Builder user(String v) { user = v; return this; }
        public Builder initiatedBy(String v) { initiatedBy = v; return this; }
        public Builder target(String v) { target = v; return this; }
        public Builder roles(Set<String> v) { roles = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder correlationId(String v) { correlationId = v; return this; }
        public Builder details(Set<String> v) { details = v; return this; }

        public EventFilter build() {
            return new EventFilter(from, to, services, categories, activities, statuses, results, methods, user,
                    initiatedBy, target, roles, text, correlationId, details);
        }
    }
}
