package com.ssprviewer.model;

/**
 * Who initiated an audit event ({@code initiatedBy} of a Graph record, the {@code Actor*} columns of the portal CSV).
 * Any field may be null. For an application, {@code displayName} holds the app's name and {@code objectId} its id.
 */
public record Actor(String type, String displayName, String objectId, String userPrincipalName, String ipAddress,
                    String homeTenantId, String homeTenantName, String servicePrincipalId,
                    String servicePrincipalName) {

    public static final Actor NONE = new Actor(null, null, null, null, null, null, null, null, null);

    /** The user principal name as the actor's identity, else display name, else object id; may be null. */
    public String identity() {
        return Text.firstNonBlank(userPrincipalName, servicePrincipalName, displayName, objectId);
    }
}
