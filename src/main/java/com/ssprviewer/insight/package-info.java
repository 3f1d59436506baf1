/**
 * The eight answers of the SSPR reporting page, computed from reset attempts and registrations, and registration
 * coverage computed from registration snapshots ({@link com.ssprviewer.insight.Coverages}).
 *
 * <p>Pure code: the store (or a test) feeds a {@link com.ssprviewer.insight.SummaryBuilder} one attempt and one
 * registration at a time and asks it for a {@link com.ssprviewer.insight.Summary}; nothing here reads files, the
 * database or the clock, so every number can be checked by hand.
 *
 * <p>Time windows follow two conventions, both tested at their edges:
 * <ul>
 *   <li>the "last 7 days" window is {@code (asOf - 7 days, asOf]}: it excludes its start and includes "as of";</li>
 *   <li>the suspicious-activity spans ("within 24 hours", "within one hour") include their start and exclude their
 *       end: two attempts are in one span when the later is less than the span's length after the earlier, so
 *       attempts exactly 24 hours (or exactly one hour) apart are never in the same span.</li>
 * </ul>
 */
package com.ssprviewer.insight;
