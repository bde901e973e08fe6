package com.stretchkiosk.therapist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing beyond the one-second wait of each failure, by where the guesses come from (a tablet, or a
 * browser's address) and the name they are for, together, so that a stranger's guesses never lock the real person out:
 * <ul>
 * <li>{@link #PAIR_FAILURES} failures for one name from one source within {@link #PAIR_WINDOW}: that name is refused
 * from that source, the right password included, until the oldest of them is that old;</li>
 * <li>{@link #SOURCE_FAILURES} failures from one source within {@link #SOURCE_WINDOW}, whatever the names (guessing
 * many): every name is refused from that source for that long;</li>
 * <li>{@link #NAME_FAILURES} failures for one name within {@link #PAIR_WINDOW} from anywhere (guessing from many
 * places): that name is refused from every source that failed it, and still taken from any other.</li>
 * </ul>
 * A successful sign-in clears its name at its source. Kept in memory: a restart forgets, which only helps a studio
 * locked out by mistake.
 */
@Component
public class SignInThrottle {

    /** The session's note of a refused sign-in: how long it stays refused, for the sign-in screen to say. */
    public static final String REFUSED_FOR = "kiosk.sign-in.refused-for";
    public static final int PAIR_FAILURES = 5;
    public static final Duration PAIR_WINDOW = Duration.ofMinutes(15);
    public static final int SOURCE_FAILURES = 20;
    public static final Duration SOURCE_WINDOW = Duration.ofMinutes(1);
    public static final int NAME_FAILURES = 50;
    /** Past this many sources and names remembered, the ones with nothing left in their window are forgotten. */
    private static final int REMEMBERED = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> byPair = new HashMap<>();
    private final Map<String, Deque<Instant>> bySource = new HashMap<>();
    private final Map<String, Deque<Instant>> byName = new HashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long a password sign-in for this name from this source is still refused, whatever the password; empty when it is not. */
    public synchronized Optional<Duration> refusal(String source, String name) {
        Instant now = clock.instant();
        Instant until = now;
        Deque<Instant> pair = recent(byPair, pair(source, name), now.minus(PAIR_WINDOW));
        if (pair.size() >= PAIR_FAILURES) {
            until = later(until, pair.peekFirst().plus(PAIR_WINDOW));
        }
        Deque<Instant> fromSource = recent(bySource, source, now.minus(SOURCE_WINDOW));
        if (fromSource.size() >= SOURCE_FAILURES) {
            until = later(until, fromSource.peekFirst().plus(SOURCE_WINDOW));
        }
        Deque<Instant> forName = recent(byName, key(name), now.minus(PAIR_WINDOW));
        if (forName.size() >= NAME_FAILURES && !pair.isEmpty()) {
            until = later(until, forName.peekFirst().plus(PAIR_WINDOW));
        }
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public synchronized void failed(String source, String name) {
        Instant now = clock.instant();
        if (byPair.size() + bySource.size() + byName.size() > REMEMBERED) {
            forgetQuiet(now);
        }
        byPair.computeIfAbsent(pair(source, name), k -> new ArrayDeque<>()).addLast(now);
        bySource.computeIfAbsent(source, k -> new ArrayDeque<>()).addLast(now);
        byName.computeIfAbsent(key(name), k -> new ArrayDeque<>()).addLast(now);
    }

    public synchronized void succeeded(String source, String name) {
        byPair.remove(pair(source, name));
    }

    private void forgetQuiet(Instant now) {
        byPair.values().forEach(failures -> prune(failures, now.minus(PAIR_WINDOW)));
        bySource.values().forEach(failures -> prune(failures, now.minus(SOURCE_WINDOW)));
        byName.values().forEach(failures -> prune(failures, now.minus(PAIR_WINDOW)));
        byPair.values().removeIf(Deque::isEmpty);
        bySource.values().removeIf(Deque::isEmpty);
        byName.values().removeIf(Deque::isEmpty);
    }

    private static Deque<Instant> recent(Map<String, Deque<Instant>> failures, String key, Instant since) {
        Deque<Instant> found = failures.get(key);
        if (found == null) {
            return new ArrayDeque<>();
        }
        prune(found, since);
        return found;
    }

    private static void prune(Deque<Instant> failures, Instant before) {
        while (!failures.isEmpty() && failures.peekFirst().isBefore(before)) {
            failures.removeFirst();
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String pair(String source, String name) {
        return source + "\n" + key(name);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
