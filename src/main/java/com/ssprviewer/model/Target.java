package com.ssprviewer.model;

import java.util.List;

/** One target resource of an audit event, with the properties the event changed on it. */
public record Target(String type, String displayName, String objectId, String userPrincipalName,
                     List<ModifiedProperty> modifiedProperties) {

    public Target {
        modifiedProperties = modifiedProperties == null ? List.of() : List.copyOf(modifiedProperties);
    }

    /** The user principal name, else display name, else object id; may be null. */
    public String identity() {
        return Text.firstNonBlank(userPrincipalName, displayName, objectId);
    }
}
