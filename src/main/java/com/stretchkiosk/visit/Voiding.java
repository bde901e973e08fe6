package com.stretchkiosk.visit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Why a fact no longer stands: when, the reason given, and who voided it (unknown for voids from before that was kept). */
public record Voiding(Instant at, String reason, @Nullable Long by) {
}
