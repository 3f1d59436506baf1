package com.ssprviewer.insight;

import com.ssprviewer.model.Method;
import com.ssprviewer.model.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The parts of a whole-store {@link Summary} that do not depend on its moment, as the bytes the store keeps: every
 * answer but the moment and its last-7-days counts, which are counted again for each moment. Enums go by name and
 * texts whole, so a kept summary reads back to an equal one.
 */
final class KeptSummary {

    /** Changes whenever the bytes below, or what the summary computes, change: older kept summaries are then unused. */
    static final String KEY = "summary/1";

    private KeptSummary() {
    }

    static byte[] write(Summary s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeLong(s.attempts());
            counts(out, s.outcomes());
            out.writeLong(s.registeredUsers());
            out.writeInt(s.registrations().size());
            for (RegisteredUser r : s.registrations()) {
                text(out, r.user());
                text(out, r.role());
                instant(out, r.time());
                out.writeInt(r.data().size());
                for (Method m : r.data()) {
                    out.writeUTF(m.name());
                }
            }
            counts(out, s.dataRegistered());
            counts(out, s.methods());
            out.writeInt(s.problems().size());
            for (Problem p : s.problems()) {
                text(out, p.details());
                text(out, p.result() == null ? null : p.result().name());
                out.writeLong(p.count());
                text(out, p.fix());
            }
            out.writeInt(s.adminSelfResets().size());
            for (AdminSelfResets a : s.adminSelfResets()) {
                text(out, a.user());
                text(out, a.role());
                out.writeLong(a.count());
            }
            out.writeInt(s.suspicious().size());
            for (Finding f : s.suspicious()) {
                text(out, f.rule());
                text(out, f.user());
                out.writeLong(f.count());
                instant(out, f.first());
                instant(out, f.last());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The kept answers with the moment and the counts that depend on it. */
    static Summary read(byte[] kept, Instant asOf, long events, AttemptTally recent) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(kept)))) {
            long attempts = in.readLong();
            Map<Outcome, Long> outcomes = counts(in, Outcome.class);
            long registeredUsers = in.readLong();
            List<RegisteredUser> registrations = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String user = text(in);
                String role = text(in);
                Instant time = instant(in);
                List<Method> data = new ArrayList<>();
                for (int m = in.readInt(); m > 0; m--) {
                    data.add(Method.valueOf(in.readUTF()));
                }
                registrations.add(new RegisteredUser(user, role, time, data));
            }
            Map<Method, Long> dataRegistered = counts(in, Method.class);
            Map<Method, Long> methods = counts(in, Method.class);
            List<Problem> problems = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String details = text(in);
                String result = text(in);
                problems.add(new Problem(details, result == null ? null : Outcome.valueOf(result), in.readLong(),
                        text(in)));
            }
            List<AdminSelfResets> admins = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                admins.add(new AdminSelfResets(text(in), text(in), in.readLong()));
            }
            List<Finding> suspicious = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                suspicious.add(new Finding(text(in), text(in), in.readLong(), instant(in), instant(in)));
            }
            return new Summary(asOf, events, attempts, outcomes, registeredUsers, registrations, dataRegistered,
                    recent.resetsLast7Days(), recent.attemptsLast7Days(), methods, problems, admins, suspicious);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <E extends Enum<E>> void counts(DataOutputStream out, Map<E, Long> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<E, Long> e : counts.entrySet()) {
            out.writeUTF(e.getKey().name());
            out.writeLong(e.getValue());
        }
    }

    private static <E extends Enum<E>> Map<E, Long> counts(DataInputStream in, Class<E> type) throws IOException {
        Map<E, Long> counts = new EnumMap<>(type);
        for (int i = in.readInt(); i > 0; i--) {
            counts.put(Enum.valueOf(type, in.readUTF()), in.readLong());
        }
        return counts;
    }

    /** Texts by length and UTF-8 bytes (-1 for none): details and fixes may outgrow {@code writeUTF}'s 64 KB. */
    private static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] b = new byte[length];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void instant(DataOutputStream out, Instant t) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        }
    }

    private static Instant instant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }
}
