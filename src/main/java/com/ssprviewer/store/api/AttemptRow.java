package com.ssprviewer.store.api;

import com.ssprviewer.model.ResetAttempt;

/** One line of the Password reset activity table: a stored attempt (role resolved) and its id for drill-down. */
public record AttemptRow(long id, ResetAttempt attempt) {
}
