package com.ssprviewer.insight;

import java.time.Instant;

/**
 * One suspicious-activity finding: which rule fired, for whom, how strongly, and when.
 *
 * @param rule  the rule's name ({@code blocked}, {@code ip-many-users}, {@code repeated-failures},
 *              {@code reset-after-block}); {@link SuspiciousActivity#explanation(String)} explains it
 * @param user  the lower-case user, or the IP address for {@code ip-many-users}
 * @param count the rule's count (see each rule)
 * @param first the time of the first attempt the count covers
 * @param last  the time of the last attempt the count covers
 */
public record Finding(String rule, String user, long count, Instant first, Instant last) {
}
