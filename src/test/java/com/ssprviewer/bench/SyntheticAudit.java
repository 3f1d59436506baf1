package com.ssprviewer.bench;

import com.ssprviewer.importer.ExportFormat;
import com.ssprviewer.importer.ExportFormats;
import com.ssprviewer.importer.ExportReader;
import com.ssprviewer.importer.ParsedRow;
import com.ssprviewer.model.Activities;
import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.EventKind;
import com.ssprviewer.model.KeyValue;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Status;
import com.ssprviewer.model.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic portal-CSV style audit events, generated on the fly (newest first, like a portal download): reset flows
 * of 8 events per correlation id over 5,000 users, with the field sizes of a typical 86-column audit row.
 */
final class SyntheticAudit implements ExportReader {

    private static final ExportFormat AUDIT_CSV = ExportFormats.byCode("audit-csv").orElseThrow();
    private static final String UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0";
    private static final String TENANT = "ed6bb2a4-f14b-4e80-9b08-902aa37b02a0";
    private static final String[] STEPS = {
        "User was presented with verification options.", "User started the mobile SMS verification option.",
        "User completed the mobile SMS verification option.", "User started the email verification option.",
        "User completed the email verification option.", "User started the security questions option.",
        "User completed the security questions option."};

    private final long total;
    private final Random random;
    private final List<AuditEvent> group = new ArrayList<>();
    private long produced;
    private long timeNanos;

    SyntheticAudit(long total, long seed) {
        this.total = total;
        this.random = new Random(seed);
        this.timeNanos = Instant.parse("2025-06-30T23:59:59Z").getEpochSecond() * 1_000_000_000L;
    }

    @Override
    public ExportFormat format() {
        return AUDIT_CSV;
    }

    @Override
    public ParsedRow next() {
        if (produced >= total) {
            return null;
        }
        if (group.isEmpty()) {
            fillGroup();
        }
        produced++;
        return new ParsedRow.Event(group.remove(group.size() - 1), produced + 1);
    }

    private void fillGroup() {
        int user = random.nextInt(5000);
        String upn = "user" + user + ".name" + (user % 97) + "@fabrikam.com";
        String oid = new UUID(user * 7919L, user).toString();
        String corr = new UUID(random.nextLong(), random.nextLong()).toString();
        String ip = "203.0." + (user % 250) + "." + (user % 199);
        timeNanos -= 40_000_000_000L + random.nextInt(1_000_000_000);
        long t = timeNanos;
        boolean other = random.nextInt(10) == 0;
        for (int i = 0; i < 8; i++) {
            t += 1_000_000_000L + random.nextInt(900_000_000);
            Instant time = Instant.ofEpochSecond(t / 1_000_000_000L, t % 1_000_000_000L / 100 * 100);
            group.add(event(time, i, corr, upn, oid, ip, other && i == 7));
        }
    }

    private AuditEvent event(Instant time, int step, String corr, String upn, String oid, String ip, boolean update) {
        Actor actor = new Actor("User", null, oid, upn, ip, TENANT, null, null, null);
        String name = upn.substring(0, upn.indexOf('@')).replace('.', ' ');
        if (update) {
            Target t = new Target("User", name, oid, upn, List.of(new ModifiedProperty("StrongAuthenticationMethod",
                    "[]", "[{\"MethodType\":6,\"Default\":true}]")));
            return new AuditEvent(null, EventKind.AUDIT, time, "Core Directory", "UserManagement", "Update user",
                    Status.SUCCESS, "", corr, "Update", UA, actor, List.of(t),
                    List.of(new KeyValue("UserType", "Member")), null, List.of(), null);
        }
        boolean last = step == 7;
        String activity = last ? Activities.RESET_SELF_SERVICE : Activities.FLOW_PROGRESS;
        Status status = last && random.nextInt(4) == 0 ? Status.FAILURE : Status.SUCCESS;
        String reason = last ? (status == Status.SUCCESS ? "Successfully completed reset."
                : "FuzzyPolicyViolationInvalidPassword") : STEPS[step % STEPS.length];
        Target target = new Target("User", name, oid, upn, List.of());
        return new AuditEvent(null, EventKind.AUDIT, time, Activities.SSPR_SERVICE, "UserManagement", activity, status,
                reason, corr, null, UA, actor, List.of(target), List.of(), null, List.of(), null);
    }

    @Override
    public long bytesRead() {
        return produced;
    }

    @Override
    public void close() {
    }
}
