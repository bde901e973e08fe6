package com.stretchkiosk.client;

import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditEntry;
import com.stretchkiosk.audit.AuditOutcome;
import com.stretchkiosk.audit.AuditService;
import com.stretchkiosk.base.Problem;
import com.stretchkiosk.base.StudioTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding, adding and editing clients. Every view and change of a client's record is audited. */
@Service
public class ClientService {

    /** How many clients a search shows at most. */
    public static final int SEARCH_LIMIT = 20;
    /** How many recent clients the start screen shows. */
    public static final int RECENT_LIMIT = 12;
    /** The fewest digits in a query that also search phone numbers. */
    public static final int PHONE_QUERY_MIN_DIGITS = 3;

    private final ClientRepository repository;
    private final AuditService audit;
    private final StudioTime time;

    ClientService(ClientRepository repository, AuditService audit, StudioTime time) {
        this.repository = repository;
        this.audit = audit;
        this.time = time;
    }

    /** Clients by name (each word a prefix of a name word) or phone digits; none for a blank query. */
    public List<ClientSummary> search(String query) {
        List<String> words = SearchText.words(query);
        String digits = ClientDraft.digits(query);
        if (words.isEmpty()) {
            return List.of();
        }
        return repository.search(words, digits.length() >= PHONE_QUERY_MIN_DIGITS ? digits : null, SEARCH_LIMIT);
    }

    /** Clients seen today (a visit started today in the studio's zone), latest first. */
    public List<ClientSummary> visitedToday() {
        return repository.summaries(repository.visitedSince(time.startOfToday()));
    }

    /** Clients with the latest visits or changes, newest first. */
    public List<ClientSummary> recent() {
        Map<Long, Instant> latest = new HashMap<>(repository.latestChanges(RECENT_LIMIT));
        repository.latestVisits(RECENT_LIMIT * 10).forEach((id, at) -> latest.merge(id, at, (a, b) -> a.isAfter(b) ? a : b));
        List<Long> ids = latest.entrySet().stream()
                .sorted(Map.Entry.<Long, Instant>comparingByValue(Comparator.reverseOrder()))
                .limit(RECENT_LIMIT)
                .map(Map.Entry::getKey)
                .toList();
        return repository.summaries(ids);
    }

    /** Opens a client's record for display; the view is audited. */
    @Transactional
    public Client open(long id) {
        Client client = repository.find(id).orElseThrow(() -> new ClientNotFoundException(id));
        audit.record(AuditEntry.forClient(AuditAction.CLIENT_VIEWED, AuditOutcome.OK, id));
        return client;
    }

    @Transactional
    public Client create(ClientDraft draft) {
        ClientDraft cleaned = checked(draft);
        long id = repository.insert(cleaned, time.now());
        audit.record(AuditEntry.forClient(AuditAction.CLIENT_CREATED, AuditOutcome.OK, id));
        return repository.find(id).orElseThrow();
    }

    /**
     * A client first seen at another studio of the chain, brought over with the chain-wide id they have there (README
     * "A studio chain"); a client this studio already holds under that id is opened instead of made twice.
     */
    @Transactional
    public Client bringOver(ClientDraft draft, String chainId) {
        Optional<Long> held = repository.withChainId(chainId);
        if (held.isPresent()) {
            return repository.find(held.get()).orElseThrow();
        }
        ClientDraft cleaned = checked(draft);
        long id = repository.insert(cleaned, time.now());
        repository.setChainId(id, chainId);
        audit.record(AuditEntry.forClient(AuditAction.CLIENT_CREATED, AuditOutcome.OK, id));
        return repository.find(id).orElseThrow();
    }

    /**
     * Saves an edit that began at {@code expectedVersion}. If another tablet saved in between, nothing is
     * written and {@link ClientChangedException} carries their version.
     */
    @Transactional(noRollbackFor = ClientChangedException.class)
    public Client update(long id, long expectedVersion, ClientDraft draft) {
        ClientDraft cleaned = checked(draft);
        if (!repository.update(id, expectedVersion, cleaned, time.now())) {
            Client current = repository.find(id).orElseThrow(() -> new ClientNotFoundException(id));
            audit.record(AuditEntry.forClient(AuditAction.CLIENT_UPDATED, AuditOutcome.FAILED, id));
            throw new ClientChangedException(current);
        }
        audit.record(AuditEntry.forClient(AuditAction.CLIENT_UPDATED, AuditOutcome.OK, id));
        return repository.find(id).orElseThrow();
    }

    private ClientDraft checked(ClientDraft draft) {
        ClientDraft cleaned = draft.cleaned();
        Map<ClientField, Problem> problems = cleaned.problems(time.today());
        if (!problems.isEmpty()) {
            throw new ClientRefusedException(problems);
        }
        return cleaned;
    }
}
