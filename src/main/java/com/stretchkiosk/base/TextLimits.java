package com.stretchkiosk.base;

/** Text limits of DESIGN.md "Data rules", shared by models, views, tests and the schema's CHECKs. */
public final class TextLimits {

    /** Names of people, stretches and tablets. */
    public static final int NAME_MAX_LENGTH = 100;
    /** Free notes and precautions. */
    public static final int NOTE_MAX_LENGTH = 2000;

    private TextLimits() {
    }

    /** Trims, drops control characters and turns blank into null. */
    public static @org.jspecify.annotations.Nullable String clean(@org.jspecify.annotations.Nullable String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
