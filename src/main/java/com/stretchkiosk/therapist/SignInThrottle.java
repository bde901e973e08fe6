package com.stretchkiosk.therapist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing beyond the one-second wait of each failure: an account with
 * {@link #ACCOUNT_FAILURES} failed sign-ins within {@link #ACCOUNT_WINDOW} is refused, the right password
 * included, until the oldest of them is that old; and when {@link #STUDIO_FAILURES} sign-ins have failed
 * within {@link #STUDIO_WINDOW} across all accounts (guessing in parallel), every password sign-in is refused
 * for that long. A successful sign-in clears its account. Kept in memory: a restart forgets, which only
 * helps a studio locked out by mistake.
 */
@Component
public class SignInThrottle {

    public static final int ACCOUNT_FAILURES = 5;
    public static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    public static final int STUDIO_FAILURES = 20;
    public static final Duration STUDIO_WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final Map<String, Deque<Instant>> byAccount = new HashMap<>();
    private final Deque<Instant> studio = new ArrayDeque<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a password sign-in for this name is refused now, whatever the password. */
    public synchronized boolean refuses(String name) {
        Instant now = clock.instant();
        prune(studio, now.minus(STUDIO_WINDOW));
        Deque<Instant> failures = byAccount.get(key(name));
        if (failures != null) {
            prune(failures, now.minus(ACCOUNT_WINDOW));
        }
        return studio.size() >= STUDIO_FAILURES || (failures != null && failures.size() >= ACCOUNT_FAILURES);
    }

    public synchronized void failed(String name) {
        Instant now = clock.instant();
        studio.addLast(now);
        byAccount.computeIfAbsent(key(name), k -> new ArrayDeque<>()).addLast(now);
    }

    public synchronized void succeeded(String name) {
        byAccount.remove(key(name));
    }

    private static void prune(Deque<Instant> failures, Instant before) {
        while (!failures.isEmpty() && failures.peekFirst().isBefore(before)) {
            failures.removeFirst();
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
