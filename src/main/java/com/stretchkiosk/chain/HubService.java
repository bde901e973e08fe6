package com.stretchkiosk.chain;

import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditEntry;
import com.stretchkiosk.audit.AuditOutcome;
import com.stretchkiosk.audit.AuditService;
import com.stretchkiosk.base.DatabaseEngine;
import com.stretchkiosk.base.DatabaseRefusedException;
import com.stretchkiosk.base.Credentials;
import com.stretchkiosk.base.Problem;
import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.TextLimits;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub's side of the chain (a kiosk with kiosk.hub.enabled, on PostgreSQL): a manager adds the chain's studios,
 * each with a credential shown once (only its hash is kept); a studio's batches are kept by their rows' ids, so a
 * resend stores nothing twice, and a row another studio already holds is refused. Every exchange is audited.
 */
@Service
public class HubService {

    /** The kinds of rows a studio sends (its tables), and nothing else. */
    static final Set<String> KINDS = Set.of("client", "stretch", "visit", "attempt", "pain_stop", "pain_stop_detail", "pain_rating",
            "pain_stop_resolution");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HubRepository repository;
    private final AuditService audit;
    private final Clock clock;
    private final boolean enabled;

    HubService(HubRepository repository, AuditService audit, Clock clock, @Value("${kiosk.hub.enabled:false}") boolean enabled,
            DatabaseEngine engine) {
        if (enabled && engine != DatabaseEngine.POSTGRESQL) {
            throw new DatabaseRefusedException("A chain's hub runs on PostgreSQL: give it kiosk.database-url (README, \"A studio chain\").");
        }
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** Whether this kiosk is the chain's hub. */
    public boolean enabled() {
        return enabled;
    }

    /** A manager adds a studio to the chain; returns its credential, to configure on that studio (never stored). */
    @Transactional
    public String addStudio(@Nullable String name) {
        if (!enabled || StudioUser.current().filter(user -> user.hasRole(StudioUser.MANAGER)).isEmpty()) {
            throw new ChainRefusedException(Problem.of("chain.manager-of-a-hub-only"));
        }
        String clean = TextLimits.clean(name);
        if (clean == null) {
            throw new ChainRefusedException(Problem.of("chain.studio.name", TextLimits.NAME_MAX_LENGTH));
        }
        Problem problem = TextLimits.nameProblem(clean);
        if (problem == null && repository.nameTaken(clean)) {
            problem = Problem.of("chain.studio.taken", clean);
        }
        if (problem != null) {
            throw new ChainRefusedException(problem);
        }
        String credential = Credentials.create();
        long id = repository.addStudio(clean, Credentials.hash(credential), clock.instant());
        audit.record(new AuditEntry(AuditAction.HUB_STUDIO_ADDED, AuditOutcome.OK, null, "studio", Long.toString(id)));
        return credential;
    }

    /** The chain's studios, with their figures over the last four weeks. */
    public List<ChainStudio> studios() {
        return repository.studios(fourWeeksAgo());
    }

    /** The chain manager's figures: each studio's and the chain's over the last four weeks. */
    @Transactional(readOnly = true)
    public ChainFigures figures() {
        return new ChainFigures(studios(), repository.clientsSince(fourWeeksAgo()), repository.clientsOfSeveralStudios());
    }

    private Instant fourWeeksAgo() {
        return clock.instant().minus(java.time.Duration.ofDays(28));
    }

    /**
     * A studio's batch: refused whole (empty) for an unknown or revoked credential; otherwise each row kept, known or
     * refused (another studio's fact). Audited once per batch: OK, or DENIED with what was refused.
     */
    @Transactional
    public Optional<HubProtocol.Receipt> receive(@Nullable String credential, List<HubRecord> records) {
        Optional<ChainStudio> studio = studio(credential);
        if (studio.isEmpty()) {
            audit.recordFor(null, new AuditEntry(AuditAction.HUB_RECEIVED, AuditOutcome.DENIED, null, "studio", null));
            return Optional.empty();
        }
        long studioId = studio.get().id();
        Instant now = clock.instant();
        int stored = 0;
        int known = 0;
        int refused = 0;
        for (HubRecord record : records) {
            if (!KINDS.contains(record.kind()) || record.key().isBlank() || record.key().length() > 80) {
                refused++;
                continue;
            }
            String key = record.key().startsWith("row:") ? "studio-" + studioId + ":" + record.key() : record.key();
            switch (repository.keep(studioId, record.kind(), key, record.chainClientId(), JSON.writeValueAsString(record.columns()), now)) {
                case NEW -> stored++;
                case KNOWN -> known++;
                case REFUSED -> refused++;
            }
        }
        repository.reached(studioId, now);
        audit.recordFor(null, new AuditEntry(AuditAction.HUB_RECEIVED, refused == 0 ? AuditOutcome.OK : AuditOutcome.DENIED, null, "studio",
                Long.toString(studioId)));
        return Optional.of(new HubProtocol.Receipt(stored, known, refused));
    }

    /**
     * Clients of the chain's other studios whose name holds the text, for a studio that is about to see one of them
     * for the first time. Empty for an unknown credential. Audited.
     */
    @Transactional
    public Optional<List<ChainClient>> findClients(@Nullable String credential, @Nullable String name) {
        Optional<ChainStudio> studio = studio(credential);
        String text = name == null ? "" : name.strip();
        audit.recordFor(null, new AuditEntry(AuditAction.HUB_CLIENTS_SEARCHED, studio.isPresent() ? AuditOutcome.OK : AuditOutcome.DENIED, null,
                "studio", studio.map(s -> Long.toString(s.id())).orElse(null)));
        if (studio.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() < 2 || text.length() > 100) {
            return Optional.of(List.of());
        }
        List<ChainClient> found = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (HubRepository.Held held : repository.clientsNamed(text, 50)) {
            if (held.studioId() == studio.get().id() || !seen.add(held.key())) {
                continue;
            }
            var body = JSON.readTree(held.body());
            found.add(new ChainClient(held.key(), held.studio(), body.path("full_name").asString(""), ChainRecordReader.text(body, "phone"),
                    ChainRecordReader.number(body, "birth_year"), ChainRecordReader.text(body, "precautions")));
        }
        return Optional.of(found);
    }

    /**
     * The standing sharp-pain stops a client had at the chain's other studios (not voided, not resolved, in a session
     * that stands), newest first: what the session screen needs. Empty for an unknown credential. Audited, as a read of
     * the client's record.
     */
    @Transactional
    public Optional<List<ChainCaution>> cautions(@Nullable String credential, String chainClientId) {
        return read(credential, chainClientId, AuditAction.HUB_CAUTIONS_READ).map(ChainRecord::cautions);
    }

    /**
     * A client's record at the chain's other studios for a briefing: the standing pain stops first, then the sessions
     * that stand, newest first. Empty for an unknown credential. Audited.
     */
    @Transactional
    public Optional<ChainRecord> record(@Nullable String credential, String chainClientId) {
        return read(credential, chainClientId, AuditAction.HUB_RECORD_READ);
    }

    private Optional<ChainRecord> read(@Nullable String credential, String chainClientId, AuditAction action) {
        Optional<ChainStudio> studio = studio(credential);
        audit.recordFor(null, new AuditEntry(action, studio.isPresent() ? AuditOutcome.OK : AuditOutcome.DENIED, null,
                "studio", studio.map(s -> Long.toString(s.id())).orElse(null)));
        if (studio.isEmpty()) {
            return Optional.empty();
        }
        long asking = studio.get().id();
        List<HubRepository.Held> rows = repository.ofClient(chainClientId).stream().filter(held -> held.studioId() != asking).toList();
        java.util.Set<Long> studios = rows.stream().map(HubRepository.Held::studioId).collect(java.util.stream.Collectors.toSet());
        java.util.Map<String, String> stretchNames = new java.util.HashMap<>();
        if (!studios.isEmpty()) {
            for (HubRepository.Held held : repository.stretchesOf(studios)) {
                var body = JSON.readTree(held.body());
                stretchNames.put(held.studioId() + ":" + body.path("id").asLong(), body.path("name").asString(""));
            }
        }
        return Optional.of(ChainRecordReader.read(rows, stretchNames));
    }

    private Optional<ChainStudio> studio(@Nullable String credential) {
        return credential == null || credential.isBlank() || credential.length() > 100 || !enabled
                ? Optional.empty() : repository.activeStudio(Credentials.hash(credential));
    }

    /** How many rows of a kind a studio has sent (the chain's figures, and the tests). */
    public int count(String kind, long studioId) {
        return repository.count(kind, studioId);
    }

    /** Every row the chain holds of one client, from every studio, oldest first (as JSON). */
    public List<String> recordOf(String chainClientId) {
        return repository.ofClient(chainClientId).stream().map(HubRepository.Held::body).toList();
    }
}
