package com.stretchkiosk.therapist;

import com.stretchkiosk.base.DeviceKind;
import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditEntry;
import com.stretchkiosk.audit.AuditOutcome;
import com.stretchkiosk.audit.AuditService;
import com.stretchkiosk.base.Credentials;
import com.stretchkiosk.base.Problem;
import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.TextLimits;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolled tablets and client displays. A manager enrols a browser: it gets a long random credential (kept in a cookie),
 * the database keeps only its SHA-256 hash, and the manager can revoke it at any time.
 */
@Service
public class DeviceService {

    /** The cookie that holds an enrolled tablet's credential. */
    public static final String TABLET_COOKIE = "kiosk_tablet";


    private final DeviceRepository repository;
    private final AuditService audit;
    private final Clock clock;

    DeviceService(DeviceRepository repository, AuditService audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** Enrols the manager's current browser as a studio tablet; returns the credential to hand to it (never stored as is). */
    @Transactional
    public String enrol(@Nullable String label) {
        return enrol(label, DeviceKind.TABLET);
    }

    /** Enrols the manager's current browser as a client display (a TV's browser, a spare tablet). */
    @Transactional
    public String enrolDisplay(@Nullable String label) {
        return enrol(label, DeviceKind.DISPLAY);
    }

    private String enrol(@Nullable String label, DeviceKind kind) {
        StudioUser manager = StudioUser.current().filter(u -> StudioUser.MANAGER.equals(u.role()))
                .orElseThrow(() -> new TherapistRefusedException(Problem.of("device.manager-only")));
        String name = TextLimits.clean(label);
        if (name == null) {
            throw new TherapistRefusedException(Problem.of("device.label", TextLimits.NAME_MAX_LENGTH));
        }
        Problem problem = TextLimits.nameProblem(name);
        if (problem != null) {
            throw new TherapistRefusedException(problem);
        }
        String credential = Credentials.create();
        long id = repository.insert(name, kind, Credentials.hash(credential), manager.id(), clock.instant());
        audit.record(new AuditEntry(AuditAction.DEVICE_ENROLLED, AuditOutcome.OK, null, "device", Long.toString(id)));
        return credential;
    }

    /** The enrolled, not revoked tablet that holds this credential (a display's credential is no tablet's). */
    @Transactional
    public Optional<Device> recognise(@Nullable String credential) {
        return recognise(credential, DeviceKind.TABLET);
    }

    /** The enrolled, not revoked client display that holds this credential. */
    @Transactional
    public Optional<Device> recogniseDisplay(@Nullable String credential) {
        return recognise(credential, DeviceKind.DISPLAY);
    }

    private Optional<Device> recognise(@Nullable String credential, DeviceKind kind) {
        if (credential == null || credential.isBlank() || credential.length() > 100) {
            return Optional.empty();
        }
        Optional<Device> device = repository.activeByCredential(Credentials.hash(credential), kind);
        device.ifPresent(d -> repository.seen(d.id(), clock.instant()));
        return device;
    }

    /** Whether a tablet is still enrolled: a revoked one signs nobody in, and its open sessions end. */
    public boolean isActive(long deviceId) {
        return repository.isActive(deviceId);
    }

    public List<Device> devices() {
        return repository.all();
    }

    @Transactional
    public void revoke(long deviceId) {
        long by = StudioUser.current().map(StudioUser::id).orElseThrow();
        if (repository.revoke(deviceId, by, clock.instant())) {
            audit.record(new AuditEntry(AuditAction.DEVICE_REVOKED, AuditOutcome.OK, null, "device", Long.toString(deviceId)));
        }
    }

    /** What the pedal and clicker keys do on this tablet's session screen: its own map, or the default. */
    public KeyMap keyMap(long deviceId) {
        return KeyMap.decode(repository.keyMap(deviceId).orElse(null));
    }

    /** A manager sets this tablet's keys; the default map is stored as none, so it follows later defaults. */
    @Transactional
    public void setKeyMap(long deviceId, KeyMap keys) {
        String encoded = keys.equals(KeyMap.DEFAULT) ? null : keys.encode();
        if (repository.setKeyMap(deviceId, encoded)) {
            audit.record(new AuditEntry(AuditAction.DEVICE_KEYS_SET, AuditOutcome.OK, null, "device", Long.toString(deviceId)));
        }
    }

    /** Whether this tablet shows the dark theme, for a dim studio. */
    public boolean isDark(long deviceId) {
        return repository.isDark(deviceId);
    }

    /** A manager sets the dark theme for this tablet. */
    @Transactional
    public void setDark(long deviceId, boolean dark) {
        if (repository.setDark(deviceId, dark)) {
            audit.record(new AuditEntry(AuditAction.DEVICE_THEME_SET, AuditOutcome.OK, null, "device", Long.toString(deviceId)));
        }
    }
}
