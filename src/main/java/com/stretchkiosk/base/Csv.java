package com.stretchkiosk.base;

import org.jspecify.annotations.Nullable;

/** CSV cells that a spreadsheet never runs as a formula. */
public final class Csv {

    private Csv() {
    }

    /** Numbers and booleans as they are; text quoted, with a leading ' where it would start a formula. */
    public static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
