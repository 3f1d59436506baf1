package com.ssprviewer.sample;

import com.ssprviewer.model.Method;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The made-up fabrikam.com tenant: users with names, UPNs, roles (about one in ten an administrator) and
 * registered methods. Built once from the seed and kept for the whole generation (its size is the user count).
 */
final class Tenant {

    static final String DOMAIN = "fabrikam.com";
    static final List<String> ADMIN_ROLES = List.of("Global Administrator", "Helpdesk Administrator",
            "Password Administrator", "User Administrator");
    static final List<String> USER_AGENTS = List.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/134.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                    + " Version/18.3 Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                    + " Version/18.3 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/133.0.0.0 Mobile Safari/537.36");

    private static final String[] FIRST = {"Adele", "Alex", "Allan", "Christie", "Debra", "Diego", "Emily", "Enrico",
        "Grady", "Henrietta", "Irvin", "Isaiah", "Johanna", "Joni", "Lee", "Lidia", "Lynne", "Megan", "Miriam",
        "Nestor", "Olivia", "Patti", "Pradeep", "Renée", "Sam", "Zrinka", "Amara", "Björn", "Chloé", "Dmitri", "Elif",
        "Farah", "Gustav", "Hana", "Ingrid", "José", "Kenji", "Leila", "Mateo", "Noor", "Oskar", "Priya", "Quentin",
        "Rosa", "Sofia", "Tomás", "Uma", "Viktor", "Wen", "Yusuf"};
    private static final String[] LAST = {"Vance", "Wilber", "Deyoung", "Cline", "Berger", "Siciliani", "Braun",
        "Cattaneo", "Archie", "Gonzalez", "Sayers", "Langer", "Lauer", "Sherman", "Gu", "Holloway", "Robbins", "Bowen",
        "Graham", "Wilke", "Hart", "Fernandez", "Gupta", "O'Connor", "Whitaker", "Gauthier", "Okafor", "Lindqvist",
        "Moreau", "Volkov", "Yilmaz", "Haddad", "Nyström", "Sato", "Berg", "Ortega", "Tanaka", "Rahimi", "Silva",
        "Khan", "Lund", "Iyer", "Dubois", "Morales", "Rossi", "Novak", "Patel", "Petrov", "Chen", "Demir"};

    private final String tenantId;
    private final List<SampleUser> users;
    private final List<SampleUser> admins;

    private Tenant(String tenantId, List<SampleUser> users) {
        this.tenantId = tenantId;
        this.users = List.copyOf(users);
        this.admins = this.users.stream().filter(SampleUser::isAdmin).toList();
    }

    /** A tenant of {@code size} users, the same for the same seed. */
    static Tenant create(long seed, int size) {
        Random random = new Random(Ids.mix(seed, 0x7e4a47));
        String tenantId = Ids.guid(random);
        int adminCount = size < 2 ? 0 : Math.max(1, Math.round(size * 0.1f));
        Set<String> taken = new HashSet<>();
        List<SampleUser> users = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String role = i < adminCount ? ADMIN_ROLES.get(i % ADMIN_ROLES.size()) : SampleUser.USER_ROLE;
            users.add(user(random, role, taken));
        }
        return new Tenant(tenantId, users);
    }

    String tenantId() {
        return tenantId;
    }

    List<SampleUser> users() {
        return users;
    }

    /** The administrators (empty only for a one-person tenant). */
    List<SampleUser> admins() {
        return admins;
    }

    SampleUser pick(Random random) {
        return users.get(random.nextInt(users.size()));
    }

    /** An administrator, or any user where the tenant has none. */
    SampleUser pickAdmin(Random random) {
        return admins.isEmpty() ? pick(random) : admins.get(random.nextInt(admins.size()));
    }

    private static SampleUser user(Random random, String role, Set<String> taken) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String base = ascii(first) + "." + ascii(last);
        String local = base;
        for (int n = 2; !taken.add(local); n++) {
            local = base + n;
        }
        String phone = String.format(Locale.ROOT, "+1 425-555-01%02d", random.nextInt(100));
        return new SampleUser(first + " " + last, local + "@" + DOMAIN, Ids.guid(random), role,
                methods(random, !SampleUser.USER_ROLE.equals(role)), Ids.ip(random),
                USER_AGENTS.get(random.nextInt(USER_AGENTS.size())), phone);
    }

    /** One to three methods, led by a phone, an email or the app (administrators always register two or more). */
    private static List<Method> methods(Random random, boolean admin) {
        List<Method> out = new ArrayList<>();
        int first = random.nextInt(4);
        out.add(first == 0 ? Method.ALTERNATE_EMAIL : first == 1 ? Method.AUTHENTICATOR_APP : Method.MOBILE_PHONE);
        Method[] all = Method.values();
        int count = admin || random.nextInt(3) > 0 ? 2 + random.nextInt(2) : 1;
        while (out.size() < count) {
            Method m = all[random.nextInt(all.length)];
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private static String ascii(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replace("ø", "o").replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
