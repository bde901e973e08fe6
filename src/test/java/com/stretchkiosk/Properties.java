package com.stretchkiosk;

import org.jspecify.annotations.Nullable;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * How the project's property tests run (QuickTheories, from plain JUnit 5 tests): 250 tries a property in every build
 * unless a property says otherwise, each property with a fixed seed of its own, so a run is repeatable and a failure
 * found once is found again. A longer hunt: {@code -Dproperty.tries=3000}.
 */
public final class Properties {

    /** Tries per property in every build. */
    public static final int TRIES = Integer.getInteger("property.tries", 250);

    private static final long SEED_BASE = 0x5EED_2026L;

    private Properties() {
    }

    /** The property numbered {@code number} in its class, with the build's tries. */
    public static QuickTheory property(int number) {
        return property(number, TRIES);
    }

    /** The property numbered {@code number} in its class, with {@code tries} tries (fewer for an expensive one). */
    public static QuickTheory property(int number, int tries) {
        return QuickTheory.qt().withFixedSeed(SEED_BASE + number).withExamples(tries)
                .withGenerateAttempts(10_000);
    }

    /** Values of {@code values}, and none in {@code percentNone} out of a hundred. */
    public static <T> Gen<@Nullable T> nullable(Gen<T> values, int percentNone) {
        Gen<@Nullable T> none = Generate.constant(() -> null);
        @SuppressWarnings("unchecked")
        Gen<@Nullable T> some = (Gen<@Nullable T>) (Gen<?>) values;
        return Generate.frequency(Pair.of(100 - percentNone, some), Pair.of(percentNone, none));
    }
}
