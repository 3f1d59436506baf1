package com.ssprviewer.sample;

import com.ssprviewer.model.Actor;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.Status;
import java.util.List;
import java.util.Map;

/** Events of the Authentication Methods service (combined security-info registration and its neighbours). */
final class AuthMethodsEvents {

    private static final Map<Method, String> REGISTERED = Map.of(
            Method.MOBILE_PHONE, "User registered Mobile Phone SMS",
            Method.AUTHENTICATOR_APP, "User registered Authenticator App with Notification and Code",
            Method.ALTERNATE_EMAIL, "User registered Email",
            Method.OFFICE_PHONE, "User registered Office Phone",
            Method.SECURITY_QUESTIONS, "User registered Security Questions");
    private static final String[][] OTHER = {
        {"User deleted security info", "User deleted Mobile Phone Call and SMS"},
        {"User changed default security info", ""},
        {"User registered security info", "User registered Fido"},
        {"User reviewed security info", ""},
        {"User registered security info", "User registered Authenticator App with Notification and Code"},
        {"Admin registered security info", "Admin registered temporary access pass method for user"},
    };

    void startRegistration(FlowBuilder flow, SampleUser user, Actor actor) {
        add(flow, user, actor, "User started security info registration", "");
    }

    void registered(FlowBuilder flow, SampleUser user, Actor actor, Method method) {
        add(flow, user, actor, "User registered security info", REGISTERED.get(method));
    }

    void registeredAll(FlowBuilder flow, SampleUser user, Actor actor) {
        add(flow, user, actor, "User registered all required security info", "");
    }

    /** One of the other security-info events; the admin one is initiated by {@code admin}. */
    void other(FlowBuilder flow, SampleUser user, SampleUser admin) {
        String[] pick = OTHER[flow.random().nextInt(OTHER.length)];
        boolean byAdmin = pick[0].startsWith("Admin");
        SampleUser initiator = byAdmin ? admin : user;
        add(flow, user, flow.userActor(initiator, initiator.ip(), true), pick[0], pick[1]);
    }

    private static void add(FlowBuilder flow, SampleUser user, Actor actor, String activity, String reason) {
        flow.add(FlowBuilder.AUTH_METHODS, activity, "Update", Status.SUCCESS, reason, userAgent(actor, user),
                actor, List.of(FlowBuilder.target(user, List.of())), List.of());
    }

    private static String userAgent(Actor actor, SampleUser user) {
        return user.upn().equals(actor.userPrincipalName()) ? user.userAgent() : Tenant.USER_AGENTS.get(0);
    }
}
