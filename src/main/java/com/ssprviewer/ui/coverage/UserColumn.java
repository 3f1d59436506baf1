package com.ssprviewer.ui.coverage;

import com.ssprviewer.model.UserRegistration;
import com.ssprviewer.ui.common.I18n;
import com.ssprviewer.ui.common.ValueNames;
import java.util.function.Function;

/**
 * The columns of a coverage user list, described once for the table, the clipboard and the CSV export; each wide
 * enough for its English header.
 */
enum UserColumn {
    USER("coverageUsers.column.user", 220, UserRegistration::userPrincipalName),
    NAME("coverageUsers.column.name", 150, u -> u.displayName() == null ? "" : u.displayName()),
    TYPE("coverageUsers.column.type", 80, u -> I18n.get(u.member() ? "coverageUsers.member" : "coverageUsers.guest")),
    ADMIN("coverageUsers.column.admin", 70, u -> yesNo(u.admin())),
    SSPR_REGISTERED("coverageUsers.column.ssprRegistered", 130, u -> yesNo(u.ssprRegistered())),
    SSPR_ENABLED("coverageUsers.column.ssprEnabled", 120, u -> yesNo(u.ssprEnabled())),
    SSPR_CAPABLE("coverageUsers.column.ssprCapable", 120, u -> yesNo(u.ssprCapable())),
    MFA_REGISTERED("coverageUsers.column.mfaRegistered", 130, u -> yesNo(u.mfaRegistered())),
    MFA_CAPABLE("coverageUsers.column.mfaCapable", 115, u -> yesNo(u.mfaCapable())),
    PASSWORDLESS("coverageUsers.column.passwordless", 165, u -> yesNo(u.passwordlessCapable())),
    METHODS("coverageUsers.column.methods", 260, u -> u.methodsKnown()
            ? ValueNames.registeredMethods(u.methodsRegistered()) : I18n.get("coverageUsers.methodsUnknown"));

    private final String headerKey;
    private final double width;
    private final Function<UserRegistration, String> text;

    UserColumn(String headerKey, double width, Function<UserRegistration, String> text) {
        this.headerKey = headerKey;
        this.width = width;
        this.text = text;
    }

    String header() {
        return I18n.get(headerKey);
    }

    double width() {
        return width;
    }

    String text(UserRegistration user) {
        return text.apply(user);
    }

    private static String yesNo(boolean value) {
        return I18n.get(value ? "coverageUsers.yes" : "coverageUsers.no");
    }
}
