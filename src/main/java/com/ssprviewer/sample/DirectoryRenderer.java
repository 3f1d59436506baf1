package com.ssprviewer.sample;

import com.ssprviewer.model.Activities;
import com.ssprviewer.model.Actor;
import com.ssprviewer.model.AuditEvent;
import com.ssprviewer.model.KeyValue;
import com.ssprviewer.model.Method;
import com.ssprviewer.model.ModifiedProperty;
import com.ssprviewer.model.Status;
import java.util.List;

/**
 * Renders registrations and the other audited actions around password reset as modern events: combined
 * security-info registration, admin resets (with their {@code OnPremisesAgent}), self-service password changes,
 * {@code Update user} records whose modified properties hold JSON (commas, quotes, sometimes a line break).
 */
final class DirectoryRenderer {

    static final String ADMIN_RESET = "Reset password (by admin)";
    static final String CHANGE_PASSWORD = "Change password (self-service)";
    static final String UPDATE_USER = "Update user";
    static final String APPLICATION = "Application";
    private static final String UPDATED_PROPERTIES = "Included Updated Properties";
    private static final List<String> AGENTS = List.of("None", "Microsoft Entra Connect", "CloudSync");
    private static final Actor CREDENTIAL_APP = new Actor(APPLICATION,
            "Azure Credential Configuration Endpoint Service", "af342ee7-4a47-4077-9876-a7e74041b672",
            null, null, null, null, "723029f0-60ce-4dde-8156-ff7974c2bb65", null);
    private static final List<KeyValue> MEMBER = List.of(new KeyValue("UserType", "Member"));

    private final String tenantId;
    private final AuthMethodsEvents authMethods = new AuthMethodsEvents();

    DirectoryRenderer(String tenantId) {
        this.tenantId = tenantId;
    }

    List<AuditEvent> render(Scenario.Registration s) {
        FlowBuilder flow = new FlowBuilder(s.seed(), tenantId, s.start());
        SampleUser user = s.user();
        if (s.combined()) {
            Actor actor = flow.userActor(user, s.ip(), true);
            authMethods.startRegistration(flow, user, actor);
            for (Method m : s.methods().subList(0, Math.min(2, s.methods().size()))) {
                flow.after(10, 90);
                authMethods.registered(flow, user, actor, m);
            }
            flow.after(5, 20);
            flow.add(FlowBuilder.CORE_DIRECTORY, UPDATE_USER, "Update", Status.SUCCESS, "", null, actor,
                    List.of(FlowBuilder.target(user, strongAuthDetails(flow, user))), MEMBER);
            flow.after(5, 60);
            authMethods.registeredAll(flow, user, actor);
            flow.after(10, 40);
        }
        String activity = flow.random().nextInt(8) == 0 ? Activities.SECURITY_INFO_SAVED : Activities.REGISTERED;
        flow.sspr(user, s.ip(), activity, "Add", Status.SUCCESS, "");
        return flow.events();
    }

    List<AuditEvent> render(Scenario.Directory s) {
        FlowBuilder flow = new FlowBuilder(s.seed(), tenantId, s.start());
        return switch (s.kind()) {
            case ADMIN_RESET -> {
                adminReset(flow, s);
                yield flow.events();
            }
            case CHANGE_PASSWORD -> changePassword(flow, s);
            case APP_UPDATE -> {
                flow.add(FlowBuilder.CORE_DIRECTORY, UPDATE_USER, "Update", Status.SUCCESS, "", null, CREDENTIAL_APP,
                        List.of(FlowBuilder.target(s.user(), strongAuthMethod())), MEMBER);
                yield flow.events();
            }
            case AUTH_METHODS -> {
                authMethods.other(flow, s.user(), s.actor());
                yield flow.events();
            }
        };
    }

    private void adminReset(FlowBuilder flow, Scenario.Directory s) {
        SampleUser admin = s.actor();
        Actor actor = flow.userActor(admin, admin.ip(), true);
        String agent = AGENTS.get(flow.random().nextInt(AGENTS.size()));
        flow.add(Activities.SSPR_SERVICE, ADMIN_RESET, "Update", Status.SUCCESS, "", admin.userAgent(), actor,
                List.of(FlowBuilder.target(s.user(), List.of())), List.of(new KeyValue("OnPremisesAgent", agent)));
        if (flow.random().nextInt(3) == 0) {
            flow.after(30, 900);
            String old = "[\"" + s.user().phone() + "\"]";
            String next = "[\"+1 425-555-01" + (10 + flow.random().nextInt(90)) + "\"]";
            List<ModifiedProperty> props = List.of(new ModifiedProperty("Mobile", old, next),
                    new ModifiedProperty(UPDATED_PROPERTIES, "", "\"Mobile\""));
            flow.add(FlowBuilder.CORE_DIRECTORY, UPDATE_USER, "Update", Status.SUCCESS, "", null, actor,
                    List.of(FlowBuilder.target(s.user(), props)), MEMBER);
        }
    }

    /** A refused banned password (its own correlation) is sometimes followed by a good one. */
    private List<AuditEvent> changePassword(FlowBuilder flow, Scenario.Directory s) {
        SampleUser user = s.user();
        if (flow.random().nextInt(4) > 0) {
            flow.sspr(user, user.ip(), CHANGE_PASSWORD, "Update", Status.SUCCESS, "");
            return flow.events();
        }
        flow.sspr(user, user.ip(), CHANGE_PASSWORD, "Update", Status.FAILURE, ResetFlowRenderer.FUZZY);
        FlowBuilder retry = new FlowBuilder(flow.random().nextLong(), tenantId, s.start()).after(40, 200);
        retry.sspr(user, user.ip(), CHANGE_PASSWORD, "Update", Status.SUCCESS, "");
        return java.util.stream.Stream.concat(flow.events().stream(), retry.events().stream()).toList();
    }

    private static List<ModifiedProperty> strongAuthDetails(FlowBuilder flow, SampleUser user) {
        String phone = user.phone().replace("-", "");
        String lineBreak = flow.random().nextInt(3) == 0 ? "\n" : "";
        String value = "[{\"PhoneNumber\":\"" + phone + "\",\"AlternativePhoneNumber\":null," + lineBreak
                + "\"Email\":null,\"VoiceOnlyPhoneNumber\":null}]";
        return List.of(new ModifiedProperty("StrongAuthenticationUserDetails", "[]", value),
                new ModifiedProperty(UPDATED_PROPERTIES, "", "\"StrongAuthenticationUserDetails\""));
    }

    private static List<ModifiedProperty> strongAuthMethod() {
        return List.of(new ModifiedProperty("StrongAuthenticationMethod", "[{\"MethodType\":6,\"Default\":true}]",
                        "[{\"MethodType\":6,\"Default\":false},{\"MethodType\":7,\"Default\":true}]"),
                new ModifiedProperty(UPDATED_PROPERTIES, "", "\"StrongAuthenticationMethod\""));
    }
}
