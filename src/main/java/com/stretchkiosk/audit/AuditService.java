package com.stretchkiosk.audit;

import com.stretchkiosk.base.StudioUser;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only audit log. Rows are written in the transaction of the action they record. */
@Service
public class AuditService {

    /** Rows shown at most; narrow the filter for older ones. */
    public static final int SEARCH_LIMIT = 500;

    private final AuditRepository repository;
    private final Clock clock;

    AuditService(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Writes one row; must run inside the caller's transaction, so the row and the action commit together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        var user = StudioUser.current();
        repository.insert(entry, user.map(StudioUser::id).orElse(null), user.map(StudioUser::deviceId).orElse(null),
                clock.instant());
    }

    /** Records an attempt by someone not (yet) signed in, such as a failed sign-in, naming who it was for. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordFor(@org.jspecify.annotations.Nullable Long actorId, AuditEntry entry) {
        repository.insert(entry, actorId, null, clock.instant());
    }

    /** Records an attempt made on an enrolled tablet, naming the tablet. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordOnDevice(@org.jspecify.annotations.Nullable Long actorId, long deviceId, AuditEntry entry) {
        repository.insert(entry, actorId, deviceId, clock.instant());
    }

    /** The latest rows matching the filter, newest first; browsing the log is audited too. */
    @Transactional
    public List<AuditRow> search(AuditFilter filter) {
        record(new AuditEntry(AuditAction.AUDIT_VIEWED, AuditOutcome.OK, null, null, null));
        return repository.search(filter, SEARCH_LIMIT);
    }

    /** Names of everyone who appears in the log. */
    public List<String> actors() {
        return repository.actors();
    }

    /** The audit trail of one client, oldest first. */
    public List<AuditEntry> trailOfClient(long clientId) {
        return repository.forClient(clientId);
    }

    /**
     * How many rows of these actions (any outcome) each record of a type has since a time, by record id: at the hub,
     * how much each studio asked of it.
     */
    public java.util.Map<String, Integer> countsByRecord(String recordType, java.util.Set<AuditAction> actions, java.time.Instant since) {
        return repository.countsByRecord(recordType, actions, since);
    }
}
