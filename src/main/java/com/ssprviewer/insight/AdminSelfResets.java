package com.ssprviewer.insight;

/**
 * One answer to "which administrators reset their own passwords often?".
 *
 * @param user  lower-case user whose role is an administrator role
 * @param role  that role (the user's latest known role)
 * @param count the user's Succeeded reset attempts
 */
public record AdminSelfResets(String user, String role, long count) {
}
