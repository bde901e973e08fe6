package com.stretchkiosk.therapist;

import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditEntry;
import com.stretchkiosk.audit.AuditOutcome;
import com.stretchkiosk.audit.AuditService;
import com.stretchkiosk.base.Problem;
import com.stretchkiosk.base.StudioSetup;
import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.TextLimits;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The studio's therapists and managers: their accounts, password and PIN sign-in (with the audit of every try),
 * the first manager of an empty studio, and who may still sign in. Who stretches in a session is picked on its
 * first screen; a newcomer is added there.
 */
@Service
public class TherapistService implements StudioSetup {

    /** At least this long; no composition rules (NIST SP 800-63B). */
    public static final int PASSWORD_MIN_LENGTH = 12;
    public static final int PASSWORD_MAX_LENGTH = 128;

    private final TherapistRepository repository;
    private final DeviceRepository devices;
    private final AuditService audit;
    private final PasswordEncoder passwords;
    private final Clock clock;

    TherapistService(TherapistRepository repository, DeviceRepository devices, AuditService audit, PasswordEncoder passwords,
            Clock clock) {
        this.repository = repository;
        this.devices = devices;
        this.audit = audit;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** True until the studio's first manager exists: the kiosk then asks for one, and nothing else. */
    @Override
    public boolean needsFirstManager() {
        return !repository.managerExists();
    }

    /**
     * Creates the studio's first manager. Refused once a manager exists: there is no default account and
     * no second way in.
     */
    @Transactional
    public Therapist createFirstManager(@Nullable String displayName, @Nullable String password, @Nullable String repeated) {
        if (repository.managerExists()) {
            throw new TherapistRefusedException(Problem.of("therapist.first-manager.exists"));
        }
        String name = checkedName(displayName);
        if (password == null || password.length() < PASSWORD_MIN_LENGTH) {
            throw new TherapistRefusedException(Problem.of("therapist.password.too-short", PASSWORD_MIN_LENGTH));
        }
        if (password.length() > PASSWORD_MAX_LENGTH) {
            throw new TherapistRefusedException(Problem.of("therapist.password.too-long", PASSWORD_MAX_LENGTH));
        }
        if (!password.equals(repeated)) {
            throw new TherapistRefusedException(Problem.of("therapist.password.mismatch"));
        }
        long id = repository.insertManager(name, java.util.Objects.requireNonNull(passwords.encode(password)), clock.instant());
        audit.recordFor(id, new AuditEntry(AuditAction.FIRST_MANAGER_CREATED, AuditOutcome.OK, null, "therapist", Long.toString(id)));
        return new Therapist(id, name);
    }

    /** The account behind a password sign-in. */
    public Optional<StudioUser> account(String displayName) {
        return repository.account(displayName);
    }

    /** Writes the audit row of a sign-in attempt; no password or hash is ever logged. */
    @Transactional
    public void recordSignIn(String displayName, boolean succeeded) {
        Long id = repository.idOf(displayName).orElse(null);
        audit.recordFor(id, new AuditEntry(succeeded ? AuditAction.SIGNED_IN : AuditAction.SIGN_IN_FAILED,
                succeeded ? AuditOutcome.OK : AuditOutcome.DENIED, null, "therapist", id == null ? null : id.toString()));
    }

    public List<Therapist> activeTherapists() {
        return repository.active();
    }

    public Optional<Therapist> find(long id) {
        return repository.find(id);
    }

    /** Adds a therapist by name; refused with a {@link Problem} when the name is blank or too long. */
    @Transactional
    public Therapist add(@Nullable String displayName) {
        String name = checkedName(displayName);
        long id = repository.insert(name, clock.instant());
        audit.record(new AuditEntry(AuditAction.THERAPIST_ADDED, AuditOutcome.OK, null, "therapist", Long.toString(id)));
        return new Therapist(id, name);
    }

    /** How long a wrong PIN waits before the tablet may try again. */
    public static final java.time.Duration PIN_FAILURE_DELAY = java.time.Duration.ofSeconds(1);

    /** Therapists who can switch in by PIN on an enrolled tablet. */
    public List<Therapist> withPin() {
        return repository.withPin();
    }

    /**
     * Checks a PIN typed on an enrolled tablet. Every attempt is audited with the tablet; after
     * {@link Pin#MAX_FAILURES} wrong PINs in a row the PIN is disabled until a manager sets a new one.
     */
    @Transactional
    public PinCheck checkPin(long therapistId, @Nullable String pin, long deviceId) {
        if (!devices.isActive(deviceId)) {
            audit.recordOnDevice(null, deviceId, new AuditEntry(AuditAction.PIN_SIGN_IN, AuditOutcome.DENIED, null, "therapist",
                    Long.toString(therapistId)));
            return PinCheck.refused(PinCheck.Outcome.TABLET_REVOKED, 0);
        }
        PinHolder holder = repository.pinHolder(therapistId).orElse(null);
        String hash = holder == null ? null : holder.pinHash();
        if (holder == null || hash == null || holder.deactivated()) {
            audit.recordOnDevice(null, deviceId, new AuditEntry(AuditAction.PIN_SIGN_IN, AuditOutcome.DENIED, null, "therapist",
                    Long.toString(therapistId)));
            return PinCheck.refused(PinCheck.Outcome.WRONG, 0);
        }
        if (holder.pinDisabled()) {
            audit.recordOnDevice(therapistId, deviceId, new AuditEntry(AuditAction.PIN_SIGN_IN, AuditOutcome.DENIED, null,
                    "therapist", Long.toString(therapistId)));
            return PinCheck.refused(PinCheck.Outcome.DISABLED, Pin.MAX_FAILURES);
        }
        if (pin != null && passwords.matches(pin, hash)) {
            repository.pinSucceeded(therapistId);
            audit.recordOnDevice(therapistId, deviceId, new AuditEntry(AuditAction.PIN_SIGN_IN, AuditOutcome.OK, null,
                    "therapist", Long.toString(therapistId)));
            return new PinCheck(PinCheck.Outcome.OK, 0,
                    new StudioUser(therapistId, holder.displayName(), holder.role(), "", deviceId));
        }
        int failures = repository.pinFailed(therapistId, Pin.MAX_FAILURES, clock.instant());
        audit.recordOnDevice(therapistId, deviceId, new AuditEntry(failures >= Pin.MAX_FAILURES ? AuditAction.PIN_DISABLED
                : AuditAction.PIN_SIGN_IN, AuditOutcome.DENIED, null, "therapist", Long.toString(therapistId)));
        return PinCheck.refused(failures >= Pin.MAX_FAILURES ? PinCheck.Outcome.DISABLED : PinCheck.Outcome.WRONG, failures);
    }

    /** Records that the signed-in person was refused a screen. */
    @Transactional
    public void recordDenied(String path) {
        audit.record(new AuditEntry(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, null, "route",
                path.length() > 50 ? path.substring(0, 50) : path));
    }

    /** Records that the tablet was locked (by a tap or the idle time) or opened again by the signed-in person. */
    @Transactional
    public void recordLock(boolean locked) {
        audit.record(new AuditEntry(locked ? AuditAction.LOCKED : AuditAction.UNLOCKED, AuditOutcome.OK, null, "tablet", null));
    }

    /** Everyone in the studio, active first, for the manager. */
    public List<TherapistAccount> accounts() {
        return repository.accounts();
    }

    /** Sets or resets a PIN; this also lifts a PIN disabled after too many wrong attempts. */
    @Transactional
    public void setPin(long therapistId, @Nullable String pin, @Nullable String repeated) {
        Pin.problem(pin).ifPresent(problem -> {
            throw new TherapistRefusedException(problem);
        });
        if (!java.util.Objects.equals(pin, repeated)) {
            throw new TherapistRefusedException(Problem.of("pin.mismatch"));
        }
        repository.setPin(therapistId, java.util.Objects.requireNonNull(passwords.encode(pin)));
        audit.record(new AuditEntry(AuditAction.PIN_SET, AuditOutcome.OK, null, "therapist", Long.toString(therapistId)));
    }

    /**
     * Deactivates a therapist: they can no longer sign in, and their history stays attributed to them.
     * The last manager, or yourself, cannot be deactivated.
     */
    @Transactional
    public void deactivate(long therapistId) {
        TherapistAccount account = repository.accounts().stream().filter(a -> a.id() == therapistId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No therapist " + therapistId));
        if (StudioUser.current().map(StudioUser::id).filter(id -> id == therapistId).isPresent()) {
            throw new TherapistRefusedException(Problem.of("therapist.deactivate.self"));
        }
        if (account.isManager() && repository.activeManagers() <= 1) {
            throw new TherapistRefusedException(Problem.of("therapist.deactivate.last-manager"));
        }
        repository.setDeactivated(therapistId, clock.instant());
        audit.record(new AuditEntry(AuditAction.THERAPIST_DEACTIVATED, AuditOutcome.OK, null, "therapist", Long.toString(therapistId)));
    }

    @Transactional
    public void reactivate(long therapistId) {
        repository.setDeactivated(therapistId, null);
        audit.record(new AuditEntry(AuditAction.THERAPIST_REACTIVATED, AuditOutcome.OK, null, "therapist", Long.toString(therapistId)));
    }

    private String checkedName(@Nullable String displayName) {
        String name = TextLimits.clean(displayName);
        if (name == null) {
            throw new TherapistRefusedException(Problem.of("therapist.name.required"));
        }
        Problem problem = TextLimits.nameProblem(name);
        if (problem != null) {
            throw new TherapistRefusedException(problem);
        }
        if (repository.nameTaken(name)) {
            throw new TherapistRefusedException(Problem.of("therapist.name.taken"));
        }
        return name;
    }
}
