package com.stretchkiosk.display;

import org.jspecify.annotations.Nullable;

/** An enrolled client display and the tablet it follows, if it is paired. */
public record ClientDisplay(long id, String label, @Nullable Long tabletId, @Nullable String tabletLabel) {

    public boolean paired() {
        return tabletId != null;
    }
}
