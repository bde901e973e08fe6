package com.stretchkiosk.visit;

/**
 * A repetition's place in a session: one stretch, one side, one repetition number. A slot holds at most one standing
 * attempt (a rule of {@link VisitService} and a unique index of the database).
 */
public record Slot(long stretchId, Side side, int repetition) {

    public StretchSide stretchSide() {
        return new StretchSide(stretchId, side);
    }

    /** As the session screen writes it on its Log, Skip and STOP buttons: "12:LEFT:2". */
    public String key() {
        return stretchId + ":" + side.name() + ":" + repetition;
    }

    /** A slot as a button carried it back, or null when the text is not one. */
    public static @org.jspecify.annotations.Nullable Slot parse(@org.jspecify.annotations.Nullable String key) {
        if (key == null) {
            return null;
        }
        String[] parts = key.split(":", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            int repetition = Integer.parseInt(parts[2]);
            if (repetition < 1 || repetition > Attempt.REPETITION_MAX) {
                return null;
            }
            return new Slot(Long.parseLong(parts[0]), Side.valueOf(parts[1]), repetition);
        } catch (IllegalArgumentException notASlot) {
            return null;
        }
    }
}
