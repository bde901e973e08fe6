package com.stretchkiosk.base;

import java.util.List;

/**
 * Why a value was refused: an i18n message key and its arguments, shown next to the field.
 *
 * @param messageKey key in {@code vaadin-i18n/translations.properties}
 * @param arguments  values for the message's {0}, {1}… placeholders
 */
public record Problem(String messageKey, List<Object> arguments) {

    public static Problem of(String messageKey, Object... arguments) {
        return new Problem(messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
