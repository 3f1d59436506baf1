package com.ssprviewer.sample;

import com.ssprviewer.model.Method;
import java.util.List;

/**
 * One made-up person of the sample tenant.
 *
 * @param displayName e.g. {@code Renée O'Connor}
 * @param upn         e.g. {@code renee.oconnor@fabrikam.com}
 * @param objectId    the user's GUID
 * @param role        {@code User} or an administrator role
 * @param methods     the methods the user registered for reset, in preference order (at least one)
 * @param ip          the address the user usually comes from
 * @param userAgent   the browser the user usually uses
 * @param phone       the user's made-up mobile number ({@code +1 425-555-01xx})
 */
record SampleUser(String displayName, String upn, String objectId, String role, List<Method> methods, String ip,
                  String userAgent, String phone) {

    static final String USER_ROLE = "User";

    SampleUser {
        methods = List.copyOf(methods);
    }

    boolean isAdmin() {
        return !USER_ROLE.equals(role);
    }
}
