package com.ssprviewer.sample;

import com.ssprviewer.model.DetailsCatalog;
import com.ssprviewer.model.DetailsEntry;
import com.ssprviewer.model.Method;
import java.util.Optional;
import java.util.Random;

/**
 * One verification option of a reset flow, as the step strings name it ({@code mobile SMS}, {@code email}, ...),
 * with the Details rows (by number in {@link DetailsCatalog}) that the classic report writes for it.
 * Zero means the classic report has no such row (the Authenticator App came after it).
 */
enum Gate {
    EMAIL("email", Method.ALTERNATE_EMAIL, 1, 7, 21, 0),
    MOBILE_SMS("mobile SMS", Method.MOBILE_PHONE, 2, 8, 22, 14),
    MOBILE_VOICE("mobile voice call", Method.MOBILE_PHONE, 3, 9, 23, 15),
    OFFICE_VOICE("office voice call", Method.OFFICE_PHONE, 4, 10, 24, 16),
    SECURITY_QUESTIONS("security questions", Method.SECURITY_QUESTIONS, 5, 11, 25, 17),
    APP_NOTIFICATION("mobile app notification", Method.AUTHENTICATOR_APP, 0, 0, 0, 0),
    APP_CODE("mobile app code", Method.AUTHENTICATOR_APP, 0, 0, 0, 0);

    private final String stepName;
    private final Method method;
    private final int abandonedAfterCompleting;
    private final int abandonedAfterStarting;
    private final int contactedAdmin;
    private final int blocked;

    Gate(String stepName, Method method, int abandonedAfterCompleting, int abandonedAfterStarting, int contactedAdmin,
         int blocked) {
        this.stepName = stepName;
        this.method = method;
        this.abandonedAfterCompleting = abandonedAfterCompleting;
        this.abandonedAfterStarting = abandonedAfterStarting;
        this.contactedAdmin = contactedAdmin;
        this.blocked = blocked;
    }

    String stepName() {
        return stepName;
    }

    Method method() {
        return method;
    }

    /** The gate a user with this method goes through; a phone is mostly texted, sometimes called. */
    static Gate of(Method method, Random random) {
        return switch (method) {
            case ALTERNATE_EMAIL -> EMAIL;
            case MOBILE_PHONE -> random.nextInt(5) == 0 ? MOBILE_VOICE : MOBILE_SMS;
            case OFFICE_PHONE -> OFFICE_VOICE;
            case SECURITY_QUESTIONS -> SECURITY_QUESTIONS;
            case AUTHENTICATOR_APP -> random.nextInt(3) == 0 ? APP_CODE : APP_NOTIFICATION;
        };
    }

    Optional<DetailsEntry> abandonedAfterCompleting() {
        return entry(abandonedAfterCompleting);
    }

    Optional<DetailsEntry> abandonedAfterStarting() {
        return entry(abandonedAfterStarting);
    }

    Optional<DetailsEntry> contactedAdmin() {
        return entry(contactedAdmin);
    }

    Optional<DetailsEntry> blocked() {
        return entry(blocked);
    }

    /** Row {@code number} (1-35) of the published Details table. */
    static DetailsEntry details(int number) {
        return DetailsCatalog.entries().get(number - 1);
    }

    private static Optional<DetailsEntry> entry(int number) {
        return number == 0 ? Optional.empty() : Optional.of(details(number));
    }
}
