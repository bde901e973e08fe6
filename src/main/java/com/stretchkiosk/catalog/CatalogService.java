package com.stretchkiosk.catalog;

import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditEntry;
import com.stretchkiosk.audit.AuditOutcome;
import com.stretchkiosk.audit.AuditService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stretch catalog. */
@Service
public class CatalogService {

    private final CatalogRepository repository;
    private final AuditService audit;
    private final Clock clock;
    /**
     * The catalog as last read, shared by every screen that shows it (each open session screen held a copy of every
     * stretch and its steps); it is used while the catalog's stamp, read each time, has not changed.
     */
    private volatile @Nullable Snapshot snapshot;

    private record Snapshot(String stamp, List<Stretch> all) {
    }

    CatalogService(CatalogRepository repository, AuditService audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every stretch, retired ones included (they stay in history), for the manager's catalog. */
    public List<Stretch> allStretches() {
        // The stamp is read before the stretches: a change between the two reads only makes the next call read again.
        String stamp = repository.stamp();
        Snapshot known = snapshot;
        if (known != null && known.stamp().equals(stamp)) {
            return known.all();
        }
        List<Stretch> all = List.copyOf(repository.all());
        snapshot = new Snapshot(stamp, all);
        return all;
    }

    /** Adds a stretch, or saves an edit begun at {@code expectedVersion}; a stale edit is refused with the current one. */
    @Transactional(noRollbackFor = CatalogChangedException.class)
    public Stretch save(@org.jspecify.annotations.Nullable Long id, long expectedVersion, StretchDraft draft) {
        StretchDraft cleaned = draft.cleaned();
        var problems = new java.util.EnumMap<StretchDraft.Field, com.stretchkiosk.base.Problem>(StretchDraft.Field.class);
        problems.putAll(cleaned.problems());
        if (cleaned.name() != null && repository.nameTaken(cleaned.name(), id == null ? -1 : id)) {
            problems.put(StretchDraft.Field.NAME, com.stretchkiosk.base.Problem.of("catalog.name-taken"));
        }
        if (!problems.isEmpty()) {
            throw new CatalogRefusedException(problems);
        }
        long groupId = repository.groupId(java.util.Objects.requireNonNull(cleaned.groupName()));
        long stretchId;
        if (id == null) {
            stretchId = repository.insert(cleaned, groupId);
        } else if (repository.update(id, expectedVersion, cleaned, groupId)) {
            stretchId = id;
        } else {
            throw new CatalogChangedException(repository.find(id).orElseThrow());
        }
        audit.record(new AuditEntry(id == null ? AuditAction.STRETCH_ADDED : AuditAction.STRETCH_EDITED, AuditOutcome.OK, null,
                "stretch", Long.toString(stretchId)));
        return repository.find(stretchId).orElseThrow();
    }

    /** Retires a stretch: it leaves the session picker and stays in every history. */
    @Transactional
    public void retire(long id, boolean retired) {
        repository.setRetired(id, retired ? clock.instant() : null);
        audit.record(new AuditEntry(retired ? AuditAction.STRETCH_RETIRED : AuditAction.STRETCH_RESTORED, AuditOutcome.OK, null,
                "stretch", Long.toString(id)));
    }

    /** Stretches a therapist can pick today, grouped and ordered as the catalog orders them. */
    public List<Stretch> activeStretches() {
        return allStretches().stream().filter(stretch -> !stretch.retired()).toList();
    }

    /** One stretch by id, also when retired (its history stays). */
    public Optional<Stretch> stretch(long id) {
        return repository.find(id);
    }
}
