package com.ssprviewer.model;

import java.util.HashMap;
import java.util.Map;

/**
 * A constant that stores hold by an explicit code of its own, never by its position or its Java name, so reordering
 * or renaming constants leaves every store valid. Codes are written to stores: never change or reuse one.
 *
 * @param <C> {@link Integer} for codes stored as numbers or bit positions, {@link String} for codes stored as texts
 */
public interface StoredCode<C> {

    /** The code stores hold for this constant. */
    C code();

    /** The constants of an enum by their codes; fails when a constant has no code or shares one with another. */
    static <C, E extends Enum<E> & StoredCode<C>> Map<C, E> byCode(Class<E> type) {
        Map<C, E> byCode = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            C code = constant.code();
            if (code == null || byCode.putIfAbsent(code, constant) != null) {
                throw new IllegalStateException(type.getSimpleName() + "." + constant.name()
                        + " needs a code of its own");
            }
        }
        return Map.copyOf(byCode);
    }

    /** The constant with a stored code; fails on a code no constant has (a store written by a newer release). */
    static <C, E> E find(Map<C, E> byCode, C code, String type) {
        E constant = byCode.get(code);
        if (constant == null) {
            throw new IllegalArgumentException("No " + type + " has the stored code " + code);
        }
        return constant;
    }
}
