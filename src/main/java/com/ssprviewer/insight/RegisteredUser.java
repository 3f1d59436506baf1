package com.ssprviewer.insight;

import com.ssprviewer.model.Method;
import java.time.Instant;
import java.util.List;

/**
 * One answer to "who has registered?": a user and their latest successful registration.
 *
 * @param user lower-case user
 * @param role the user's latest known role, empty when none is known
 * @param time the time of that registration
 * @param data the methods that registration lists; empty when the export did not list them
 */
public record RegisteredUser(String user, String role, Instant time, List<Method> data) {

    public RegisteredUser {
        role = role == null ? "" : role.strip();
        data = List.copyOf(data);
    }
}
