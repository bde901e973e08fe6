package com.stretchkiosk.chain;

import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditEntry;
import com.stretchkiosk.audit.AuditOutcome;
import com.stretchkiosk.audit.AuditService;
import com.stretchkiosk.base.Credentials;
import com.stretchkiosk.base.DatabaseEngine;
import com.stretchkiosk.base.DatabaseRefusedException;
import com.stretchkiosk.base.KioskProperties;
import com.stretchkiosk.base.Problem;
import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.TextLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub's side of the chain (a kiosk with kiosk.hub.enabled, on PostgreSQL; README "A studio chain"). A manager adds
 * the chain's studios, each with a credential shown once (only its hash is kept), revokes one and issues a new one.
 * A studio writes only its own rows: a row belongs to the studio that sent it first; a client's identity to their home
 * studio; a studio adds facts only for its own clients and those it brought over. An older version of a row never
 * replaces a newer one. A studio finds another studio's client only by what a front desk knows ({@link ChainQuery}),
 * reads a record only once it has brought the client over, and only so often a minute. Every exchange is audited.
 */
@Service
public class HubService {

    /** The kinds of rows a studio sends (its tables), and nothing else. */
    static final Set<String> KINDS = Set.of("client", "stretch", "visit", "attempt", "pain_stop", "pain_stop_detail", "pain_rating",
            "pain_stop_resolution");
    /** Asks about people, counted against what a studio sends. */
    static final Set<AuditAction> ASKS = Set.of(AuditAction.HUB_CLIENTS_SEARCHED, AuditAction.HUB_CAUTIONS_READ, AuditAction.HUB_RECORD_READ,
            AuditAction.HUB_CLIENT_LINKED);
    static final int MAX_BODY = 20_000;
    private static final int MAX_REFUSALS_TOLD = 20;
    private static final int MAX_FOUND = 20;
    /** A fact's id or a client's chain id as the protocol has them: a UUID. */
    static final java.util.regex.Pattern UUID_TEXT = java.util.regex.Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final java.util.regex.Pattern ROW_KEY = java.util.regex.Pattern.compile("row:[0-9]{1,18}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HubRepository repository;
    private final AuditService audit;
    private final Clock clock;
    private final boolean enabled;
    private final HubRateLimits limits;

    HubService(HubRepository repository, AuditService audit, Clock clock, KioskProperties properties, DatabaseEngine engine) {
        boolean hub = properties.hub().enabled();
        if (hub && engine != DatabaseEngine.POSTGRESQL) {
            throw new DatabaseRefusedException("A chain's hub runs on PostgreSQL: give it kiosk.database-url (README, \"A studio chain\").");
        }
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.enabled = hub;
        this.limits = new HubRateLimits(clock, properties.hub().searchesPerMinute(), properties.hub().readsPerMinute());
    }

    /** Whether this kiosk is the chain's hub. */
    public boolean enabled() {
        return enabled;
    }

    /** A manager adds a studio to the chain; returns its credential, to configure on that studio (never stored). */
    @Transactional
    public String addStudio(@Nullable String name) {
        requireManager();
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

    /** A manager revokes a studio: its next request is refused (401); its tablets go on working on their own. */
    @Transactional
    public void revoke(long studioId) {
        requireManager();
        boolean revoked = repository.revoke(studioId, clock.instant());
        audit.record(new AuditEntry(AuditAction.HUB_STUDIO_REVOKED, revoked ? AuditOutcome.OK : AuditOutcome.FAILED, null, "studio",
                Long.toString(studioId)));
    }

    /**
     * A manager issues a studio a new credential, shown once: the old one stops working at once, and a revoked studio
     * is taken back.
     */
    @Transactional
    public String issueCredential(long studioId) {
        requireManager();
        String credential = Credentials.create();
        if (!repository.newCredential(studioId, Credentials.hash(credential))) {
            throw new ChainRefusedException(Problem.of("chain.studio.gone"));
        }
        audit.record(new AuditEntry(AuditAction.HUB_STUDIO_CREDENTIAL_ISSUED, AuditOutcome.OK, null, "studio", Long.toString(studioId)));
        return credential;
    }

    private void requireManager() {
        if (!enabled || StudioUser.current().filter(user -> user.hasRole(StudioUser.MANAGER)).isEmpty()) {
            throw new ChainRefusedException(Problem.of("chain.manager-of-a-hub-only"));
        }
    }

    /** The chain's studios (revoked ones last), with their figures and their asks about people over the last four weeks. */
    public List<ChainStudio> studios() {
        Instant since = fourWeeksAgo();
        Map<String, Integer> asks = audit.countsByRecord("studio", ASKS, since);
        return repository.studios(since).stream().map(studio -> studio.withAsked(asks.getOrDefault(Long.toString(studio.id()), 0))).toList();
    }

    /** The chain manager's figures: each studio's and the chain's over the last four weeks. */
    @Transactional(readOnly = true)
    public ChainFigures figures() {
        return new ChainFigures(studios(), repository.clientsSince(fourWeeksAgo()), repository.clientsOfSeveralStudios());
    }

    private Instant fourWeeksAgo() {
        return clock.instant().minus(Duration.ofDays(28));
    }

    /** The studio a credential belongs to, if it is one the hub issued and has not revoked; audited when not. */
    @Transactional
    public Optional<ChainStudio> studioOf(@Nullable String credential, AuditAction asked) {
        Optional<ChainStudio> studio = credential == null || credential.isBlank() || credential.length() > 100 || !enabled
                ? Optional.empty() : repository.activeStudio(Credentials.hash(credential));
        if (studio.isEmpty()) {
            audit.recordFor(null, new AuditEntry(asked, AuditOutcome.DENIED, null, "studio", null));
        }
        return studio;
    }

    /** Takes one of the studio's asks of this kind: refused (429, audited) when it asks too often. */
    @Transactional
    public void limit(ChainStudio studio, AuditAction asked) {
        HubRateLimits.Ask ask = asked == AuditAction.HUB_CLIENTS_SEARCHED ? HubRateLimits.Ask.SEARCH : HubRateLimits.Ask.READ;
        Optional<Duration> wait = limits.take(studio.id(), ask);
        if (wait.isPresent()) {
            audit.recordFor(null, new AuditEntry(asked, AuditOutcome.DENIED, null, "studio", Long.toString(studio.id())));
            throw new HubRateLimitedException(wait.get(), "A studio may " + (ask == HubRateLimits.Ask.SEARCH ? "search the chain " : "read records ")
                    + limits.perMinute(ask) + " times a minute; try again in " + Math.max(1, wait.get().toSeconds()) + " s.");
        }
    }

    /**
     * A studio's batch, each row kept, changed, known or refused with a reason; the whole batch refused (400) when any
     * row is not what the protocol says. Audited once: OK, or DENIED when a row was refused.
     */
    @Transactional
    public HubProtocol.Receipt receive(ChainStudio studio, HubProtocol.@Nullable Batch batch) {
        long studioId = studio.id();
        List<Checked> rows = checked(studioId, batch);
        Instant now = clock.instant();
        int stored = 0;
        int changed = 0;
        int known = 0;
        List<HubProtocol.Refusal> refusals = new ArrayList<>();
        // Clients first: a batch may hold a new client's visit before the client (the sender groups rows by kind).
        List<Checked> clientsFirst = new ArrayList<>(rows);
        clientsFirst.sort(java.util.Comparator.comparing(row -> !row.record().kind().equals("client")));
        // Whether this studio may write a client's rows, asked once a batch per client (a day's batch is one client's many rows).
        Map<String, Optional<String>> refusalOfClient = new HashMap<>();
        for (Checked row : clientsFirst) {
            HubRecord record = row.record();
            String chainClientId = record.chainClientId();
            Optional<String> refusal = chainClientId == null ? Optional.empty()
                    : record.kind().equals("client") ? refusal(studioId, record)
                    : refusalOfClient.computeIfAbsent(chainClientId, id -> refusal(studioId, record));
            HubRepository.Stored kept = refusal.isPresent() ? HubRepository.Stored.REFUSED
                    : repository.keep(studioId, record.kind(), row.key(), record.chainClientId(), row.body(), record.version(), now);
            switch (kept) {
                case NEW -> stored++;
                case CHANGED -> changed++;
                case KNOWN -> known++;
                case REFUSED -> refusals.add(new HubProtocol.Refusal(record.kind(), record.key(),
                        refusal.orElse("another studio sent a row with this key first")));
            }
            if ((kept == HubRepository.Stored.NEW || kept == HubRepository.Stored.CHANGED) && record.kind().equals("client")
                    && java.util.Objects.equals(repository.homeOf(java.util.Objects.requireNonNull(record.chainClientId())), Optional.of(studioId))) {
                lookUpBy(record.chainClientId(), record.columns());
            }
        }
        repository.reached(studioId, now);
        audit.recordFor(null, new AuditEntry(AuditAction.HUB_RECEIVED, refusals.isEmpty() ? AuditOutcome.OK : AuditOutcome.DENIED, null, "studio",
                Long.toString(studioId)));
        return new HubProtocol.Receipt(stored, changed, known, refusals.size(), refusals.stream().limit(MAX_REFUSALS_TOLD).toList());
    }

    /** A row that passed the protocol's checks: its key at the hub and its columns as JSON. */
    private record Checked(HubRecord record, String key, String body) {
    }

    /** Every row of the batch, checked against the protocol; the first that is not refuses the whole batch. */
    private List<Checked> checked(long studioId, HubProtocol.@Nullable Batch batch) {
        if (batch == null || batch.records() == null) {
            throw new HubRequestRefusedException(400, "The body is not a batch: {\"records\": [...]} expected.");
        }
        if (batch.records().size() > HubProtocol.MAX_RECORDS) {
            throw new HubRequestRefusedException(400, "A batch holds at most " + HubProtocol.MAX_RECORDS + " rows.");
        }
        List<Checked> rows = new ArrayList<>();
        int place = 0;
        for (HubRecord record : batch.records()) {
            String problem = problemOf(record);
            String body = problem == null ? JSON.writeValueAsString(java.util.Objects.requireNonNull(record).columns()) : "";
            if (problem == null && body.length() > MAX_BODY) {
                problem = "its columns take " + body.length() + " characters; at most " + MAX_BODY;
            }
            if (problem == null && body.contains("\\u0000")) {
                problem = "a column holds a NUL character";
            }
            if (problem != null) {
                throw new HubRequestRefusedException(400, "Row " + place + " of the batch: " + problem + ".");
            }
            HubRecord row = java.util.Objects.requireNonNull(record);
            // A client's or a stretch's key is the studio's row id: the hub keeps it under the studio's name.
            String key = row.key().startsWith("row:") ? "studio-" + studioId + ":" + row.key() : row.key();
            rows.add(new Checked(row, key, body));
            place++;
        }
        return rows;
    }

    private static @Nullable String problemOf(@Nullable HubRecord record) {
        if (record == null) {
            return "null where a row was expected";
        }
        if (record.kind() == null || !KINDS.contains(record.kind())) {
            return "kind must be one of " + KINDS.stream().sorted().collect(Collectors.joining(", "));
        }
        boolean ownRow = record.kind().equals("client") || record.kind().equals("stretch");
        if (record.key() == null || !(ownRow ? ROW_KEY : UUID_TEXT).matcher(record.key()).matches()) {
            return ownRow ? "a " + record.kind() + "'s key is \"row:\" and its row id" : "a fact's key is its fact id (a UUID)";
        }
        if (record.chainClientId() != null && !UUID_TEXT.matcher(record.chainClientId()).matches()) {
            return "chainClientId must be a client's chain id (a UUID)";
        }
        if (record.kind().equals("stretch") != (record.chainClientId() == null)) {
            return record.kind().equals("stretch") ? "a stretch belongs to no client" : "a " + record.kind() + " needs its client's chainClientId";
        }
        if (record.columns() == null) {
            return "columns missing";
        }
        if (record.version() < 1) {
            return "version missing (a number that only grows, such as the studio's outbox place)";
        }
        return null;
    }

    /** Why a studio may not write this row, if it may not: a client or a fact of a client that is not its own nor brought over. */
    private Optional<String> refusal(long studioId, HubRecord record) {
        String chainClientId = record.chainClientId();
        if (chainClientId == null) {
            return Optional.empty();
        }
        Optional<Long> home = repository.homeOf(chainClientId);
        if (home.isEmpty()) {
            if (record.kind().equals("client") && repository.makeHome(chainClientId, studioId, clock.instant())) {
                return Optional.empty();
            }
            home = repository.homeOf(chainClientId);
            if (home.isEmpty()) {
                return Optional.of("the chain knows no client " + chainClientId + ": send the client's row first");
            }
        }
        if (home.get() == studioId || repository.linked(chainClientId, studioId)) {
            return Optional.empty();
        }
        String owner = repository.studioName(home.get()).orElse("another studio");
        return Optional.of(record.kind().equals("client")
                ? "client " + chainClientId + " is " + owner + "'s: only their home studio says who they are"
                : "client " + chainClientId + " is " + owner + "'s and was not brought over to this studio");
    }

    private void lookUpBy(String chainClientId, Map<String, @Nullable Object> columns) {
        Object name = columns.get("full_name");
        Object born = columns.get("birth_year");
        Object phone = columns.get("phone");
        repository.lookUpBy(chainClientId, name instanceof String text ? ChainQuery.nameKey(text).orElse(null) : null,
                born instanceof Number year ? Integer.valueOf(year.intValue()) : null,
                phone instanceof String digits ? ChainQuery.tail(digits.replaceAll("[^0-9]", "")) : null);
    }

    /** On a hub upgraded from before V016: what its clients are found by, from their home studios' rows. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void lookUpEarlierClients() {
        if (!enabled) {
            return;
        }
        for (String chainClientId : repository.withoutLookUp()) {
            repository.homeRowOf(chainClientId).ifPresent(row -> {
                Map<String, @Nullable Object> columns = new HashMap<>();
                JsonNode body = JSON.readTree(row.body());
                columns.put("full_name", body.path("full_name").asString(""));
                columns.put("birth_year", body.path("birth_year").isNumber() ? body.path("birth_year").asInt() : null);
                columns.put("phone", body.path("phone").isString() ? body.path("phone").asString() : null);
                lookUpBy(chainClientId, columns);
            });
        }
    }

    /**
     * Clients of the chain's other studios a front desk is looking for: only by a full name, or a name with birth year or
     * phone (never a prefix); each told by name, birth year and home studio only. Audited.
     */
    @Transactional
    public List<ChainClient> findClients(ChainStudio studio, ChainQuery query) {
        audit.recordFor(null, new AuditEntry(AuditAction.HUB_CLIENTS_SEARCHED, AuditOutcome.OK, null, "studio", Long.toString(studio.id())));
        if (!query.enough()) {
            return List.of();
        }
        List<ChainClient> found = new ArrayList<>();
        for (HubRepository.Held held : repository.candidates(query, studio.id(), 200)) {
            JsonNode body = JSON.readTree(held.body());
            String fullName = body.path("full_name").asString("");
            Integer born = ChainRecordReader.number(body, "birth_year");
            if (query.matches(fullName, born, ChainRecordReader.text(body, "phone")) && found.size() < MAX_FOUND) {
                found.add(new ChainClient(held.key(), held.studio(), fullName, null, born, null));
            }
        }
        return found;
    }

    /**
     * A studio brings a client of another studio over: kept with who and why, audited; the answer is who the client is
     * (name, phone, birth year, precautions, home studio). From then on the studio reads their record at the chain's
     * other studios and adds its own facts for them.
     */
    @Transactional
    public ChainClient bringOver(ChainStudio studio, String chainClientId, HubProtocol.@Nullable Link link) {
        String person = link == null ? null : TextLimits.clean(link.person());
        String reason = link == null ? null : TextLimits.clean(link.reason());
        if (person == null || person.length() > 100 || reason == null || reason.length() > 200) {
            throw new HubRequestRefusedException(400, "Say who brings the client over (person, at most 100 characters) and why (reason, at most 200).");
        }
        HubRepository.Held row = repository.homeRowOf(chainClientId)
                .orElseThrow(() -> new HubRequestRefusedException(404, "The chain knows no client " + chainClientId + "."));
        if (row.studioId() != studio.id()) {
            repository.link(chainClientId, studio.id(), person, reason, clock.instant());
        }
        audit.recordFor(null, new AuditEntry(AuditAction.HUB_CLIENT_LINKED, AuditOutcome.OK, null, "studio", Long.toString(studio.id())));
        JsonNode body = JSON.readTree(row.body());
        return new ChainClient(chainClientId, row.studio(), body.path("full_name").asString(""), ChainRecordReader.text(body, "phone"),
                ChainRecordReader.number(body, "birth_year"), ChainRecordReader.text(body, "precautions"));
    }

    /**
     * The standing sharp-pain stops a client had at the chain's other studios (not voided, not resolved, in a session
     * that stands), newest first: what the session screen needs. Audited, as a read of the client's record.
     */
    @Transactional
    public List<ChainCaution> cautions(ChainStudio studio, String chainClientId) {
        return read(studio, chainClientId, AuditAction.HUB_CAUTIONS_READ).cautions();
    }

    /**
     * A client's record at the chain's other studios for a briefing: the standing pain stops first, then the sessions
     * that stand, newest first. Only for a client of the studio's own or one it brought over (403 otherwise); a client
     * the chain does not know yet has an empty record. Audited.
     */
    @Transactional
    public ChainRecord record(ChainStudio studio, String chainClientId) {
        return read(studio, chainClientId, AuditAction.HUB_RECORD_READ);
    }

    private ChainRecord read(ChainStudio studio, String chainClientId, AuditAction action) {
        long asking = studio.id();
        Optional<Long> home = repository.homeOf(chainClientId);
        boolean entitled = home.isEmpty() || home.get() == asking || repository.linked(chainClientId, asking);
        audit.recordFor(null, new AuditEntry(action, entitled ? AuditOutcome.OK : AuditOutcome.DENIED, null, "studio", Long.toString(asking)));
        if (!entitled) {
            throw new HubRequestRefusedException(403, "Client " + chainClientId + " is another studio's: bring them over first.");
        }
        List<HubRepository.Held> rows = repository.ofClient(chainClientId).stream().filter(held -> held.studioId() != asking).toList();
        Set<Long> studios = rows.stream().map(HubRepository.Held::studioId).collect(Collectors.toSet());
        Map<String, String> stretchNames = new HashMap<>();
        if (!studios.isEmpty()) {
            for (HubRepository.Held held : repository.stretchesOf(studios)) {
                JsonNode body = JSON.readTree(held.body());
                stretchNames.put(held.studioId() + ":" + body.path("id").asLong(), body.path("name").asString(""));
            }
        }
        return ChainRecordReader.read(rows, stretchNames);
    }

    /** How many rows of a kind a studio has sent (the chain's figures, and the tests). */
    public int count(String kind, long studioId) {
        return repository.count(kind, studioId);
    }

    /** Every row the chain holds of one client, from every studio entitled to them, oldest first (as JSON). */
    public List<String> recordOf(String chainClientId) {
        return repository.ofClient(chainClientId).stream().map(HubRepository.Held::body).toList();
    }
}
