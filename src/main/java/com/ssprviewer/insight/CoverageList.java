package com.ssprviewer.insight;

import java.util.List;
import java.util.function.Function;

/**
 * The lists of users admins chase on a snapshot, and the changes since the previous one, in the order the window and
 * the report show them. Every list is of user principal names in alphabetical order.
 */
public enum CoverageList {
    ENABLED_NOT_REGISTERED(Coverage::enabledNotRegistered, false),
    ADMINS_NOT_CAPABLE(Coverage::adminsNotCapable, false),
    METHODS_UNKNOWN(Coverage::methodsUnknown, false),
    NEWLY_REGISTERED(c -> c.changes().newlyRegistered(), true),
    LOST_REGISTRATION(c -> c.changes().lostRegistration(), true),
    NEW_USERS(c -> c.changes().newUsers(), true),
    GONE_USERS(c -> c.changes().goneUsers(), true);

    private final Function<Coverage, List<String>> users;
    private final boolean change;

    CoverageList(Function<Coverage, List<String>> users, boolean change) {
        this.users = users;
        this.change = change;
    }

    /** The user principal names of the list on a snapshot's coverage. */
    public List<String> of(Coverage coverage) {
        return users.apply(coverage);
    }

    /** True for the changes since the previous snapshot, false for the lists of the snapshot itself. */
    public boolean isChange() {
        return change;
    }

    /** Only gone users are missing from the snapshot itself: they are in the previous one. */
    public boolean fromPrevious() {
        return this == GONE_USERS;
    }
}
