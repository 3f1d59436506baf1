package com.ssprviewer.sample;

import com.ssprviewer.model.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * The tenant's registration state on the first day of every month the sample touches (up to the day after it ends),
 * consistent with the events: a user with a registration event before a snapshot's day is registered in it, with the
 * methods they registered. Everyone else keeps a state drawn once from the seed (about half registered before the
 * history starts, a few losing it later); a few guests come and go, so that the changes between snapshots have
 * new and gone users too.
 */
final class RegistrationSnapshots {

    static final Map<Method, String> GRAPH_NAMES = Map.of(
            Method.ALTERNATE_EMAIL, "email",
            Method.OFFICE_PHONE, "officePhone",
            Method.MOBILE_PHONE, "mobilePhone",
            Method.SECURITY_QUESTIONS, "securityQuestion",
            Method.AUTHENTICATOR_APP, "microsoftAuthenticatorPush");
    private static final String[] GUEST_NAMES = {"Ava Lind", "Ben Okoro", "Carla Mendes", "Dev Raman", "Eva Holm",
        "Felix Braun", "Gita Shah", "Hugo Marin", "Ines Costa", "Jon Park"};
    private static final String[] GUEST_DOMAINS = {"contoso.com", "northwind.example", "tailspin.example"};
    private static final int NEVER = Integer.MAX_VALUE;

    private final List<LocalDate> days;
    private final List<Member> members = new ArrayList<>();
    private final List<Guest> guests = new ArrayList<>();
    private final RegistrationHistory history;

    private record Member(SampleUser user, boolean initiallyRegistered, boolean enabled, boolean hello, int lostAt) {
    }

    private record Guest(String id, String upn, String name, boolean registered, int from, int until) {
    }

    RegistrationSnapshots(Tenant tenant, SampleSpec spec) {
        this.days = days(spec);
        this.history = RegistrationHistory.of(tenant, spec);
        int index = 0;
        for (SampleUser u : tenant.users()) {
            Random r = new Random(Ids.mix(Ids.mix(spec.seed(), 0x5a9b), index++));
            boolean registered = r.nextInt(10) < (u.isAdmin() ? 8 : 5);
            boolean enabled = u.isAdmin() || r.nextInt(10) > 0;
            boolean hello = r.nextInt(6) == 0;
            int lostAt = r.nextInt(25) == 0 && days.size() > 1 ? 1 + r.nextInt(days.size() - 1) : NEVER;
            members.add(new Member(u, registered, enabled, hello, lostAt));
        }
        Random r = new Random(Ids.mix(spec.seed(), 0x6e57));
        int count = 1 + tenant.users().size() / 25;
        for (int i = 0; i < count; i++) {
            String name = GUEST_NAMES[i % GUEST_NAMES.length] + (i < GUEST_NAMES.length ? "" : " " + i);
            String local = name.toLowerCase(Locale.ROOT).replace(' ', '.');
            String upn = local + "_" + GUEST_DOMAINS[r.nextInt(GUEST_DOMAINS.length)].replace('.', '_')
                    + "#EXT#@fabrikam.onmicrosoft.com";
            int from = r.nextInt(2) == 0 ? 0 : r.nextInt(days.size());
            int until = r.nextInt(4) == 0 && from + 1 < days.size() ? from + 1 + r.nextInt(days.size() - from - 1)
                    : NEVER;
            guests.add(new Guest(Ids.guid(r), upn, name, r.nextInt(4) == 0, from, until));
        }
    }

    /** The snapshot days, oldest first: the first of every month from the start's month to the end's day. */
    List<LocalDate> days() {
        return days;
    }

    /** Every user of the snapshot at {@code index} of {@link #days()}, by UPN. */
    List<SnapshotUser> users(int index) {
        Instant day = days.get(index).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<SnapshotUser> out = new ArrayList<>();
        for (Member m : members) {
            boolean kept = m.initiallyRegistered() && index < m.lostAt();
            boolean registered = history.registeredBefore(m.user(), day) || kept;
            out.add(member(m, registered));
        }
        for (Guest g : guests) {
            if (index >= g.from() && index < g.until()) {
                out.add(new SnapshotUser(g.id(), g.upn(), g.name(), true, false, g.registered(), false, false, false,
                        g.registered() ? List.of("email") : List.of()));
            }
        }
        out.sort(Comparator.comparing(SnapshotUser::upn));
        return out;
    }

    private static SnapshotUser member(Member m, boolean registered) {
        TreeSet<String> methods = new TreeSet<>();
        if (registered) {
            for (Method method : m.user().methods()) {
                methods.add(GRAPH_NAMES.get(method));
            }
            if (methods.contains("microsoftAuthenticatorPush")) {
                methods.add("softwareOneTimePasscode");
            }
            if (m.hello()) {
                methods.add("windowsHelloForBusiness");
            }
        }
        boolean mfa = methods.contains("mobilePhone") || methods.contains("microsoftAuthenticatorPush");
        SampleUser u = m.user();
        return new SnapshotUser(u.objectId(), u.upn(), u.displayName(), false, u.isAdmin(), registered, m.enabled(),
                mfa, registered && m.hello(), List.copyOf(methods));
    }

    private static List<LocalDate> days(SampleSpec spec) {
        LocalDate first = LocalDate.ofInstant(spec.start(), ZoneOffset.UTC).withDayOfMonth(1);
        LocalDate last = LocalDate.ofInstant(spec.end(), ZoneOffset.UTC);
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusMonths(1)) {
            out.add(d);
        }
        return out;
    }
}
