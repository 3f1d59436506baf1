package com.ssprviewer.insight;

import com.ssprviewer.model.Outcome;

/**
 * One answer to "which problems do people hit when they try to reset?": a Details wording and how often it occurred.
 *
 * @param details the published Details wording where the attempts' details match it, else the details as exported
 * @param result  the catalog's outcome for that wording, else the most frequent outcome of the group
 * @param count   how many non-Succeeded attempts had these details
 * @param fix     the documented fix, empty when the documentation names none
 */
public record Problem(String details, Outcome result, long count, String fix) {

    public Problem {
        details = details == null ? "" : details;
        fix = fix == null ? "" : fix;
    }
}
