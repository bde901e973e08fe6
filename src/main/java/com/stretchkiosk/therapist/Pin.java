package com.stretchkiosk.therapist;

import com.stretchkiosk.base.Problem;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a PIN: 6 to 8 digits, and none of the PINs everybody tries first. A PIN only unlocks an
 * enrolled tablet; it is not a password.
 */
public final class Pin {

    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 8;
    /** Wrong PINs in a row after which a therapist's PIN is disabled until a manager resets it. */
    public static final int MAX_FAILURES = 10;

    private static final Set<String> COMMON = Set.of("123456", "654321", "123123", "121212", "112233", "123321",
            "159753", "147258", "789456", "696969", "102030", "1234567", "7654321", "12345678", "87654321",
            "11223344", "12121212", "01234567", "98765432", "246810", "135790", "000001", "111222", "123654");

    private Pin() {
    }

    /** Why a PIN is refused, if it is. */
    public static Optional<Problem> problem(@Nullable String pin) {
        if (pin == null || !pin.matches("[0-9]{" + MIN_LENGTH + "," + MAX_LENGTH + "}")) {
            return Optional.of(Problem.of("pin.digits", MIN_LENGTH, MAX_LENGTH));
        }
        if (COMMON.contains(pin) || pin.chars().distinct().count() == 1 || isRun(pin)) {
            return Optional.of(Problem.of("pin.common"));
        }
        return Optional.empty();
    }

    /** Digits that only go up or only go down by one: 234567, 876543. */
    private static boolean isRun(String pin) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < pin.length(); i++) {
            int step = pin.charAt(i) - pin.charAt(i - 1);
            up &= step == 1;
            down &= step == -1;
        }
        return up || down;
    }
}
