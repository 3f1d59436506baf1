package com.ssprviewer.model;

/**
 * A value an export does not hold, shown in its place: the window and printed reports name it in their language;
 * files and the command line leave the cell empty, as they always have.
 */
public enum Unlisted {
    /** The export does not say what data a registration registered. */
    NOT_IN_EXPORT
}
