package com.stretchkiosk.display;

import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditEntry;
import com.stretchkiosk.audit.AuditOutcome;
import com.stretchkiosk.audit.AuditService;
import com.stretchkiosk.base.AfterCommit;
import com.stretchkiosk.base.DisplayUser;
import com.stretchkiosk.base.Problem;
import com.stretchkiosk.base.StudioUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pairs client displays with tablets and hands each display its tablet's scene by server push.
 * <p>
 * Pairing: a therapist's tablet asks for a code ({@link #pairingCode()}), six digits that last five minutes and
 * serve once; the display types it ({@link #pair}). Five wrong codes in a row pause that display for a minute.
 * The pairing is stored, so a display that restarts follows the same tablet; the tablet, a manager or the
 * display's revocation ends it.
 * <p>
 * Scenes: the tablet says what the client should see ({@link #show}); every display paired with it gets it on a
 * thread of its own, in order, never on the tapping tablet's request. A display that starts following gets the
 * tablet's latest scene at once, so it catches up after a restart or a dropped connection.
 */
@Service
public class DisplayService implements AutoCloseable {

    static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    static final int CODE_DIGITS = 6;
    static final int WRONG_CODES_BEFORE_PAUSE = 5;
    static final Duration PAUSE = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(DisplayService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A code the tablet shows, until it expires or a display uses it. */
    public record PairingCode(String digits, long tabletId, Instant expiresAt) {
    }

    private record WrongCodes(int count, Instant pausedUntil) {
    }

    private record Follower(long tabletId, Consumer<DisplayScene> onScene) {
    }

    private final DisplayRepository repository;
    private final AuditService audit;
    private final Clock clock;
    private final Map<String, PairingCode> codes = new ConcurrentHashMap<>();
    private final Map<Long, WrongCodes> wrongCodes = new ConcurrentHashMap<>();
    private final Map<Long, DisplayScene> scenes = new ConcurrentHashMap<>();
    private final Map<Long, Follower> followers = new ConcurrentHashMap<>();
    private final Map<Long, Consumer<ClientDisplay>> pairingWatchers = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("display-scenes").daemon(true).factory());

    DisplayService(DisplayRepository repository, AuditService audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new pairing code for the tablet the therapist is signed in on; it replaces that tablet's earlier one. */
    public PairingCode pairingCode() {
        long tabletId = StudioUser.current().map(StudioUser::deviceId)
                .orElseThrow(() -> new DisplayRefusedException(Problem.of("display.pair.not-a-tablet")));
        codes.values().removeIf(code -> code.tabletId() == tabletId || code.expiresAt().isBefore(clock.instant()));
        PairingCode code;
        do {
            String digits = String.format("%0" + CODE_DIGITS + "d", RANDOM.nextInt((int) Math.pow(10, CODE_DIGITS)));
            code = new PairingCode(digits, tabletId, clock.instant().plus(CODE_LIFETIME));
        } while (codes.putIfAbsent(code.digits(), code) != null);
        return code;
    }

    /** The display signed in here enters the code its tablet shows: from now on it follows that tablet. */
    @Transactional(noRollbackFor = DisplayRefusedException.class)
    public ClientDisplay pair(@Nullable String typed) {
        long displayId = DisplayUser.current().map(DisplayUser::deviceId)
                .orElseThrow(() -> new DisplayRefusedException(Problem.of("display.pair.not-a-display")));
        Instant now = clock.instant();
        WrongCodes wrong = wrongCodes.get(displayId);
        if (wrong != null && wrong.pausedUntil().isAfter(now)) {
            throw new DisplayRefusedException(Problem.of("display.pair.paused"));
        }
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        PairingCode code = digits.matches("[0-9]{" + CODE_DIGITS + "}") ? codes.get(digits) : null;
        if (code == null || code.expiresAt().isBefore(now) || !repository.isActiveTablet(code.tabletId())) {
            int count = wrong == null ? 1 : wrong.count() + 1;
            wrongCodes.put(displayId, count >= WRONG_CODES_BEFORE_PAUSE ? new WrongCodes(0, now.plus(PAUSE)) : new WrongCodes(count, now));
            audit.recordOnDevice(null, displayId, new AuditEntry(AuditAction.DISPLAY_PAIRED, AuditOutcome.DENIED, null, "device",
                    Long.toString(displayId)));
            throw new DisplayRefusedException(Problem.of(digits.matches("[0-9]{" + CODE_DIGITS + "}") ? "display.pair.wrong"
                    : "display.pair.format", CODE_DIGITS));
        }
        codes.remove(digits);
        wrongCodes.remove(displayId);
        repository.pair(displayId, code.tabletId());
        audit.recordOnDevice(null, displayId, new AuditEntry(AuditAction.DISPLAY_PAIRED, AuditOutcome.OK, null, "device",
                Long.toString(displayId)));
        ClientDisplay display = repository.display(displayId).orElseThrow();
        AfterCommit.run(() -> {
            follower(displayId, code.tabletId());
            Consumer<ClientDisplay> watcher = pairingWatchers.get(code.tabletId());
            if (watcher != null) {
                watcher.accept(display);
            }
        });
        return display;
    }

    /** Ends a display's pairing: a manager, or someone signed in on the tablet it follows. Its screen goes dark. */
    @Transactional
    public void unpair(long displayId) {
        ClientDisplay display = repository.display(displayId).orElse(null);
        boolean allowed = StudioUser.current().map(user -> user.hasRole(StudioUser.MANAGER)
                || (display != null && user.deviceId() != null && user.deviceId().equals(display.tabletId()))).orElse(false);
        if (!allowed) {
            throw new DisplayRefusedException(Problem.of("display.unpair.refused"));
        }
        if (repository.unpair(displayId)) {
            audit.record(new AuditEntry(AuditAction.DISPLAY_UNPAIRED, AuditOutcome.OK, null, "device", Long.toString(displayId)));
            AfterCommit.run(() -> follower(displayId, null));
        }
    }

    /** The enrolled, not revoked display, and the tablet it follows. */
    public Optional<ClientDisplay> display(long displayId) {
        return repository.display(displayId);
    }

    public List<ClientDisplay> displays() {
        return repository.displays();
    }

    /** The displays that follow this tablet. */
    public List<ClientDisplay> displaysOf(long tabletId) {
        return repository.displays().stream().filter(d -> d.tabletId() != null && d.tabletId() == tabletId).toList();
    }

    /**
     * Tells a tablet's pairing panel that a display has just paired with it (one watcher per tablet, the latest);
     * run the returned action to stop.
     */
    public Runnable watchPairing(long tabletId, Consumer<ClientDisplay> onPaired) {
        pairingWatchers.put(tabletId, onPaired);
        return () -> pairingWatchers.remove(tabletId, onPaired);
    }

    /** What the tablet's paired displays should show now; handed on only if it changed. */
    public void show(long tabletId, DisplayScene scene) {
        DisplayScene before = scenes.put(tabletId, scene);
        if (scene.equals(before)) {
            return;
        }
        followers.forEach((displayId, follower) -> {
            if (follower.tabletId() == tabletId) {
                send(follower, scene);
            }
        });
    }

    /**
     * Starts handing this display its tablet's scenes: the latest at once (dark when it is not paired), then each
     * new one. Run the returned action to stop.
     */
    public Runnable follow(long displayId, Consumer<DisplayScene> onScene) {
        Follower follower = following(displayId, repository.display(displayId).map(ClientDisplay::tabletId).orElse(null), onScene);
        return () -> followers.remove(displayId, follower);
    }

    /** A display's pairing changed: it follows its new tablet (or none) from that tablet's latest scene. */
    private void follower(long displayId, @Nullable Long tabletId) {
        Follower old = followers.get(displayId);
        if (old != null) {
            following(displayId, tabletId, old.onScene());
        }
    }

    /** The display follows this tablet (or none, and is dark) from its latest scene on. */
    private Follower following(long displayId, @Nullable Long tabletId, Consumer<DisplayScene> onScene) {
        Follower follower = new Follower(tabletId == null ? -1 : tabletId, onScene);
        followers.put(displayId, follower);
        send(follower, tabletId == null ? DisplayScene.BLANK : scenes.getOrDefault(tabletId, DisplayScene.BLANK));
        return follower;
    }

    private void send(Follower follower, DisplayScene scene) {
        sender.execute(() -> {
            try {
                follower.onScene().accept(scene);
            } catch (RuntimeException e) {
                log.warn("A client display could not be given its scene", e);
            }
        });
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
