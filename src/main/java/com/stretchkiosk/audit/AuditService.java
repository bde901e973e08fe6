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

    private final AuditRepository repository;
    private final Clock clock;

    AuditService(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Writes one row; must run inside the caller's transaction, so the row and the action commit together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        repository.insert(entry, StudioUser.current().map(StudioUser::id).orElse(null), clock.instant());
    }

    /** Records an attempt by someone not (yet) signed in, such as a failed sign-in, naming who it was for. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordFor(@org.jspecify.annotations.Nullable Long actorId, AuditEntry entry) {
        repository.insert(entry, actorId, clock.instant());
    }

    /** The audit trail of one client, oldest first. */
    public List<AuditEntry> trailOfClient(long clientId) {
        return repository.forClient(clientId);
    }
}
