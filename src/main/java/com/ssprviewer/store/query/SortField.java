package com.ssprviewer.store.query;

/**
 * A column a list can be sorted by: one constant of the list's own enum ({@link EventSort}, {@link AttemptSort},
 * {@link RegistrationSort}), so a sort names a field the store knows how to order, never free text.
 */
public interface SortField {

    /** The field's name on the command line ({@code --sort}): lower case, stable. */
    String key();

    /** The list the field belongs to. */
    ListKind list();
}
