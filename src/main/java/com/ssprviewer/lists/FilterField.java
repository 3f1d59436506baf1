package com.ssprviewer.lists;

/** The filters a blade's bar offers; each list shows the ones that apply to it. */
public enum FilterField {
    DATE, SERVICE, CATEGORY, ACTIVITY, STATUS, RESULT, METHOD, INITIATED_BY, TARGET, USER, TEXT
}
