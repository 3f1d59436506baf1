package com.ssprviewer.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 35 Details strings of the classic "Password reset activity" report, with the outcome each belongs to and
 * its documented fix. The only place these strings live: importers, attempt derivation and the problems answer
 * all look them up here.
 */
public final class DetailsCatalog {

    private static final List<DetailsEntry> ENTRIES;
    private static final Map<String, DetailsEntry> BY_KEY = new HashMap<>();

    static {
        List<DetailsEntry> e = new ArrayList<>();
        Object[][] rows = {
            {"User abandoned after completing the email verification option", Outcome.ABANDONED, null},
            {"User abandoned after completing the mobile SMS verification option", Outcome.ABANDONED, null},
            {"User abandoned after completing the mobile voice call verification option", Outcome.ABANDONED, null},
            {"User abandoned after completing the office voice call verification option", Outcome.ABANDONED, null},
            {"User abandoned after completing the security questions option", Outcome.ABANDONED, null},
            {"User abandoned after entering their user ID", Outcome.ABANDONED, null},
            {"User abandoned after starting the email verification option", Outcome.ABANDONED, null},
            {"User abandoned after starting the mobile SMS verification option", Outcome.ABANDONED, null},
            {"User abandoned after starting the mobile voice call verification option", Outcome.ABANDONED, null},
            {"User abandoned after starting the office voice call verification option", Outcome.ABANDONED, null},
            {"User abandoned after starting the security questions option", Outcome.ABANDONED, null},
            {"User abandoned before selecting a new password", Outcome.ABANDONED, null},
            {"User abandoned while selecting a new password", Outcome.ABANDONED, null},
            {"User entered too many invalid SMS verification codes and is blocked for 24 hours", Outcome.BLOCKED, null},
            {"User tried mobile phone voice verification too many times and is blocked for 24 hours",
                Outcome.BLOCKED, null},
            {"User tried office phone voice verification too many times and is blocked for 24 hours",
                Outcome.BLOCKED, null},
            {"User tried to answer security questions too many times and is blocked for 24 hours",
                Outcome.BLOCKED, null},
            {"User tried to verify a phone number too many times and is blocked for 24 hours", Outcome.BLOCKED, null},
            {"User canceled before passing the required authentication methods", Outcome.CANCELED, null},
            {"User canceled before submitting a new password", Outcome.CANCELED, null},
            {"User contacted an admin after trying the email verification option", Outcome.CONTACTED_ADMIN, null},
            {"User contacted an admin after trying the mobile SMS verification option", Outcome.CONTACTED_ADMIN, null},
            {"User contacted an admin after trying the mobile voice call verification option",
                Outcome.CONTACTED_ADMIN, null},
            {"User contacted an admin after trying the office voice call verification option",
                Outcome.CONTACTED_ADMIN, null},
            {"User contacted an admin after trying the security question verification option",
                Outcome.CONTACTED_ADMIN, null},
            {"Password reset is not enabled for this user."
                + " Enable password reset under the configure tab to resolve this",
                Outcome.FAILED, "Enable password reset under the configure tab to resolve this."},
            {"User does not have a license. You can add a license to the user to resolve this",
                Outcome.FAILED, "You can add a license to the user to resolve this."},
            {"User tried to reset from a device without cookies enabled", Outcome.FAILED, null},
            {"User's account has insufficient authentication methods defined. Add authentication info to resolve this",
                Outcome.FAILED, "Add authentication info to resolve this."},
            {"User's password is managed on-premises. You can enable Password Writeback to resolve this",
                Outcome.FAILED, "You can enable Password Writeback to resolve this."},
            {"We could not reach your on-premises password reset service. Check your sync machine's event log",
                Outcome.FAILED, "Check your sync machine's event log."},
            {"We encountered a problem while resetting the user's on-premises password."
                + " Check your sync machine's event log",
                Outcome.FAILED, "Check your sync machine's event log."},
            {"This user is not a member of the password reset users group."
                + " Add this user to that group to resolve this.",
                Outcome.FAILED, "Add this user to that group to resolve this."},
            {"Password reset has been disabled entirely for this tenant. See here to resolve this."
                + " (link: http://aka.ms/ssprtroubleshoot)",
                Outcome.FAILED, "See here to resolve this: http://aka.ms/ssprtroubleshoot"},
            {"User successfully reset password", Outcome.SUCCEEDED, null},
        };
        for (int i = 0; i < rows.length; i++) {
            DetailsEntry entry =
                    new DetailsEntry(i + 1, (String) rows[i][0], (Outcome) rows[i][1], (String) rows[i][2]);
            e.add(entry);
            BY_KEY.put(normalize(entry.text()), entry);
        }
        ENTRIES = Collections.unmodifiableList(e);
    }

    private static final TextMemo<Optional<DetailsEntry>> FOUND =
            new TextMemo<>(text -> Optional.ofNullable(BY_KEY.get(normalize(text))));

    private DetailsCatalog() {
    }

    /** All 35 entries in the published order. */
    public static List<DetailsEntry> entries() {
        return ENTRIES;
    }

    /**
     * Looks a Details or reason text up: spaces and a final {@code .} trimmed, white space folded,
     * case ignored, {@code cancelled} read as {@code canceled}.
     */
    public static Optional<DetailsEntry> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return FOUND.get(text);
    }

    /** The published wording for a text that matches an entry, else the text trimmed. */
    public static String canonical(String text) {
        if (text == null) {
            return "";
        }
        return find(text).map(DetailsEntry::text).orElse(text.trim());
    }

    static String normalize(String text) {
        String t = text.trim().replaceAll("\\s+", " ");
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        return t.toLowerCase(Locale.ROOT).replace("cancelled", "canceled");
    }
}
