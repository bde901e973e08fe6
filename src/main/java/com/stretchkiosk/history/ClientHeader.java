package com.stretchkiosk.history;

import org.jspecify.annotations.Nullable;

/** Who a printed history is about. */
public record ClientHeader(String name, @Nullable String precautions) {
}
