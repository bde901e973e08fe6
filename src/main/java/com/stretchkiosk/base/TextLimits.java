package com.stretchkiosk.base;

/** Text limits of DESIGN.md "Data rules", shared by models, views, tests and the schema's CHECKs. */
public final class TextLimits {

    /** Names of people, stretches and tablets. */
    public static final int NAME_MAX_LENGTH = 100;
    /** Free notes and precautions. */
    public static final int NOTE_MAX_LENGTH = 2000;

    private TextLimits() {
    }

    /** Spaces a person cannot see at the ends of a text: no-break, figure, zero-width and byte-order spaces. */
    private static final String INVISIBLE_EDGE = "[\\s\\u00A0\\u2007\\u202F\\u200B-\\u200D\\u2060\\uFEFF]+";

    /** Trims (invisible spaces too), drops control characters and turns blank into null. */
    public static @org.jspecify.annotations.Nullable String clean(@org.jspecify.annotations.Nullable String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "")
                .replaceAll("^" + INVISIBLE_EDGE, "").replaceAll(INVISIBLE_EDGE + "$", "");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * Whether a text shows anything: at least one character that is not a space (of any width, zero included),
     * a formatting or control character, or a mark with nothing to sit on.
     */
    public static boolean isVisible(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && switch (Character.getType(c)) {
            case Character.FORMAT, Character.CONTROL, Character.UNASSIGNED, Character.SURROGATE, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK -> false;
            default -> true;
        });
    }

    /**
     * What is wrong with a cleaned name of a person, stretch or tablet, or null when it can be stored: longer than
     * {@link #NAME_MAX_LENGTH}, holding a broken character, or showing nothing at all.
     */
    public static @org.jspecify.annotations.Nullable Problem nameProblem(String name) {
        if (name.length() > NAME_MAX_LENGTH) {
            return Problem.of("text.name.too-long", NAME_MAX_LENGTH);
        }
        if (hasBrokenCharacter(name)) {
            return Problem.of("text.broken-character");
        }
        if (!isVisible(name)) {
            return Problem.of("text.name.invisible");
        }
        return null;
    }

    /**
     * Whether a text holds half of a character (a lone UTF-16 surrogate): it cannot be stored as it was typed,
     * and would otherwise be saved as "?".
     */
    public static boolean hasBrokenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
