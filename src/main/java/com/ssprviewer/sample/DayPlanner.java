package com.ssprviewer.sample;

import com.ssprviewer.model.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Plans everything that happens in the tenant on one day. Each day is seeded on its own, so a day can be planned
 * again (for an export that overlaps another) with the same result, and nothing is carried from day to day: the
 * patterns the viewer must spot (failure bursts, a shared IP, a reset soon after a block, administrators resetting
 * their own password) are planned inside the day. Every scenario starts early enough to end before midnight.
 */
final class DayPlanner {

    static final long DAY_SECONDS = 86_400;
    private static final Outcome[] REGULAR = {Outcome.SUCCEEDED, Outcome.ABANDONED, Outcome.FAILED, Outcome.CANCELED,
        Outcome.CONTACTED_ADMIN, Outcome.BLOCKED};
    private static final double[] REGULAR_WEIGHTS = {0.55, 0.15, 0.12, 0.07, 0.06, 0.05};
    private static final Outcome[] BURST = {Outcome.FAILED, Outcome.ABANDONED, Outcome.CANCELED, Outcome.FAILED};

    private final Tenant tenant;
    private final long seed;
    private final Instant classicEnd;

    /**
     * @param classicEnd scenarios starting before it belong to the classic report's period
     */
    DayPlanner(Tenant tenant, long seed, Instant classicEnd) {
        this.tenant = tenant;
        this.seed = seed;
        this.classicEnd = classicEnd;
    }

    /** The scenarios of the day starting at {@code dayStart}, ordered by start. */
    List<Scenario> plan(Instant dayStart) {
        Random random = new Random(Ids.mix(seed, dayStart.getEpochSecond() / DAY_SECONDS));
        List<Scenario> out = new ArrayList<>();
        for (SampleUser user : tenant.users()) {
            regular(user, dayStart, random, out);
        }
        int specials = 1 + tenant.users().size() / 1000;
        for (int i = 0; i < specials; i++) {
            burst(dayStart, random, out);
            blockThenReset(dayStart, random, out);
            sharedIp(dayStart, random, out);
            SampleUser admin = tenant.pickAdmin(random);
            out.add(reset(admin, at(dayStart, random, 0, 23), Outcome.SUCCEEDED, admin.ip(), random));
        }
        out.sort(Comparator.comparing(Scenario::start));
        return out;
    }

    private void regular(SampleUser user, Instant dayStart, Random random, List<Scenario> out) {
        double r = random.nextDouble();
        double reset = user.isAdmin() ? 0.5 : 0.4;
        Instant start = at(dayStart, random, 0, 23);
        if (r < reset) {
            out.add(reset(user, start, pickOutcome(random), ip(user, random), random));
        } else if (r < reset + 0.05) {
            out.add(new Scenario.Registration(user, start, user.methods(), random.nextInt(3) > 0, ip(user, random),
                    random.nextLong()));
        } else if (r < reset + 0.08) {
            out.add(directory(Scenario.DirectoryKind.CHANGE_PASSWORD, user, user, start, random));
        } else if (r < reset + 0.10) {
            out.add(directory(Scenario.DirectoryKind.ADMIN_RESET, user, tenant.pickAdmin(random), start, random));
        } else if (r < reset + 0.12) {
            out.add(directory(Scenario.DirectoryKind.APP_UPDATE, user, user, start, random));
        } else if (r < reset + 0.16) {
            out.add(directory(Scenario.DirectoryKind.AUTH_METHODS, user, tenant.pickAdmin(random), start, random));
        }
    }

    /** One user failing three to five times within two hours. */
    private void burst(Instant dayStart, Random random, List<Scenario> out) {
        SampleUser user = tenant.pick(random);
        Instant t = at(dayStart, random, 1, 20);
        int count = 3 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            out.add(reset(user, t, BURST[random.nextInt(BURST.length)], ip(user, random), random));
            t = Times.later(random, t, 600, 1500);
        }
    }

    /** A user blocked, then succeeding a few hours later. */
    private void blockThenReset(Instant dayStart, Random random, List<Scenario> out) {
        SampleUser user = tenant.pick(random);
        Instant blocked = at(dayStart, random, 0, 14);
        out.add(reset(user, blocked, Outcome.BLOCKED, user.ip(), random));
        out.add(reset(user, Times.later(random, blocked, 3600, 8 * 3600), Outcome.SUCCEEDED, user.ip(), random));
    }

    /** Three or four people trying from one address within an hour (a kiosk, or something worse). */
    private void sharedIp(Instant dayStart, Random random, List<Scenario> out) {
        String ip = "203.0.113." + (200 + random.nextInt(50));
        Instant t = at(dayStart, random, 2, 21);
        int count = Math.min(tenant.users().size(), 3 + random.nextInt(2));
        List<SampleUser> seen = new ArrayList<>();
        for (int guard = 0; seen.size() < count && guard < 50; guard++) {
            SampleUser user = tenant.pick(random);
            if (!seen.contains(user)) {
                seen.add(user);
                out.add(reset(user, t, pickOutcome(random), ip, random));
                t = Times.later(random, t, 60, 900);
            }
        }
    }

    private Scenario.Reset reset(SampleUser user, Instant start, Outcome outcome, String ip, Random random) {
        return ResetPlanner.plan(user, start, outcome, start.isBefore(classicEnd), ip, random);
    }

    private static Scenario directory(Scenario.DirectoryKind kind, SampleUser user, SampleUser actor, Instant start,
                                      Random random) {
        return new Scenario.Directory(kind, user, actor, start, random.nextLong());
    }

    private static Outcome pickOutcome(Random random) {
        double r = random.nextDouble();
        for (int i = 0; i < REGULAR.length; i++) {
            r -= REGULAR_WEIGHTS[i];
            if (r < 0) {
                return REGULAR[i];
            }
        }
        return Outcome.SUCCEEDED;
    }

    /** Mostly the user's own address, sometimes another (travel, a phone on mobile data). */
    private static String ip(SampleUser user, Random random) {
        return random.nextInt(10) == 0 ? Ids.ip(random) : user.ip();
    }

    /** A random instant between {@code fromHour} and {@code toHour} of the day. */
    private static Instant at(Instant dayStart, Random random, int fromHour, int toHour) {
        return Times.later(random, dayStart, fromHour * 3600, toHour * 3600);
    }
}
