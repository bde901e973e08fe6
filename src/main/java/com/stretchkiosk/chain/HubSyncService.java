package com.stretchkiosk.chain;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A studio's side of the chain: in the background (never on a tap's request), every few seconds, the rows queued
 * since the hub last acknowledged are read as they are now and sent in order, in batches; the cursor moves only
 * past what the hub acknowledged, so a cut loses nothing and a resend stores nothing twice (the hub keeps rows by
 * their ids). The studio works on whatever the hub does; the screen says when it last reached it.
 */
@Service
public class HubSyncService {

    static final int BATCH = 500;
    /** How a send's problem begins when the hub refused this studio's credential (401). */
    static final String REFUSED_CREDENTIAL = "the hub answered 401";
    /** The most a batch may weigh, well under the hub's limit (4 MB unless set otherwise): a heavier one goes in halves. */
    static final int MAX_BATCH_BYTES = 2 * 1024 * 1024;
    /** Batches in one round at most, so that a studio joining with years of history sends it over a few minutes. */
    static final int BATCHES_PER_ROUND = 40;
    private static final Logger log = LoggerFactory.getLogger(HubSyncService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HubOutboxRepository outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String address;
    private final String credential;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ReentrantLock sending = new ReentrantLock();
    /** Whether the last send reached the hub (guarded by {@code sending}). */
    private boolean reachable = true;

    HubSyncService(HubOutboxRepository outbox, TransactionTemplate transaction, Clock clock, HubCredential hub) {
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.address = hub.address();
        this.credential = hub.credential();
    }

    /** Whether this studio belongs to a chain (kiosk.hub.address and a credential are set: {@link HubCredential}). */
    public boolean configured() {
        return !address.isBlank() && !credential.isBlank();
    }

    /** When this studio last reached its hub, and how many rows wait. */
    public HubContact contact() {
        return outbox.contact(configured());
    }

    @Scheduled(fixedDelayString = "${kiosk.hub.every:PT2S}", initialDelayString = "${kiosk.hub.every:PT2S}")
    void everyFewSeconds() {
        if (configured()) {
            send();
        }
    }

    /**
     * Sends what is queued, batch after batch, until the queue is empty, a round's batches are sent, or the hub
     * cannot be reached. Returns the rows the hub acknowledged; one round at a time.
     */
    public int send() {
        if (!configured() || !sending.tryLock()) {
            return 0;
        }
        try {
            int acknowledged = 0;
            for (int round = 0; round < BATCHES_PER_ROUND; round++) {
                long sentUpTo = outbox.sentUpTo();
                List<HubOutboxRepository.Queued> queued = outbox.after(sentUpTo, BATCH);
                if (queued.isEmpty()) {
                    return acknowledged;
                }
                List<HubRecord> records = records(queued);
                int posted;
                try {
                    posted = post(records);
                } catch (IOException | RuntimeException e) {
                    String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    transaction.executeWithoutResult(status -> outbox.failed(clock.instant(), problem));
                    if (reachable) {
                        // Once per outage, not every few seconds: the screen says since when.
                        log.warn("The hub at {} could not be reached: {}", address, problem);
                        reachable = false;
                    }
                    return acknowledged;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return acknowledged;
                }
                // Posted in part (a heavy batch goes in halves): the cursor moves past what the posted rows covered.
                long upTo = posted == records.size() ? queued.getLast().id() : covered(queued, records.subList(0, posted));
                transaction.executeWithoutResult(status -> outbox.sent(upTo, clock.instant()));
                reachable = true;
                acknowledged += posted;
            }
            return acknowledged;
        } finally {
            sending.unlock();
        }
    }

    /**
     * The queued rows as they are now, each with its version: the latest place it was queued at in this batch. A row
     * queued twice in the batch (added, then changed) goes once, at its first place.
     */
    private List<HubRecord> records(List<HubOutboxRepository.Queued> queued) {
        Map<String, Set<Long>> byKind = new LinkedHashMap<>();
        Map<String, Long> versions = new java.util.HashMap<>();
        for (HubOutboxRepository.Queued entry : queued) {
            byKind.computeIfAbsent(entry.kind(), kind -> new LinkedHashSet<>()).add(entry.rowId());
            versions.merge(entry.kind() + ":" + entry.rowId(), entry.id(), Math::max);
        }
        List<HubRecord> records = new ArrayList<>();
        byKind.forEach((kind, ids) -> records.addAll(outbox.rows(kind, ids, versions)));
        return records;
    }

    /**
     * The queue place up to which these rows (the first of a batch) cover it: just before the first queued entry of a
     * row not among them, so nothing queued is skipped.
     */
    private static long covered(List<HubOutboxRepository.Queued> queued, List<HubRecord> posted) {
        Set<String> sent = new java.util.HashSet<>();
        posted.forEach(record -> sent.add(record.kind() + ":" + record.columns().get("id")));
        long upTo = 0;
        for (HubOutboxRepository.Queued entry : queued) {
            if (!sent.contains(entry.kind() + ":" + entry.rowId())) {
                return upTo;
            }
            upTo = entry.id();
        }
        return upTo;
    }

    /** What the chain's other studios know of a client: their standing pain stops, or that the hub was out of reach. */
    public record ChainCautions(boolean reached, List<ChainCaution> cautions) {
    }

    /** A client's record at the chain's other studios, or that the hub was out of reach (then empty). */
    public record ChainRecordAnswer(boolean reached, ChainRecord record) {
    }

    /** The chain-wide id of one of this studio's clients, by which the chain's hub knows them (the one way to read it). */
    public java.util.Optional<String> chainIdOf(long clientId) {
        return outbox.chainIdOf(clientId);
    }

    /** The client's standing pain stops at the chain's other studios (the session screen's cautions); a short wait at most. */
    public ChainCautions cautionsOf(String chainClientId) {
        if (!configured()) {
            return new ChainCautions(true, List.of());
        }
        return ask("GET", clientPath(chainClientId, "cautions"), null, ChainCaution[].class, "a client's cautions").answer()
                .map(found -> new ChainCautions(true, List.of(found))).orElseGet(() -> new ChainCautions(false, List.of()));
    }

    /** The client's record at the chain's other studios (the briefing on the client's page); a short wait at most. */
    public ChainRecordAnswer recordOf(String chainClientId) {
        if (!configured()) {
            return new ChainRecordAnswer(true, ChainRecord.EMPTY);
        }
        return ask("GET", clientPath(chainClientId, "record"), null, ChainRecord.class, "a client's record").answer()
                .map(found -> new ChainRecordAnswer(true, found)).orElseGet(() -> new ChainRecordAnswer(false, ChainRecord.EMPTY));
    }

    private static String clientPath(String chainClientId, String what) {
        return HubProtocol.CLIENTS_PATH + "/" + java.net.URLEncoder.encode(chainClientId, java.nio.charset.StandardCharsets.UTF_8) + "/" + what;
    }

    /**
     * Clients of the chain's other studios a front desk looks for, by the chain's rule ({@link ChainQuery}: a full
     * name, or a name with birth year or phone); each named with birth year and home studio only.
     */
    public HubAnswer<List<ChainClient>> findInChain(ChainQuery query) {
        if (!configured()) {
            return HubAnswer.unreachable("this studio belongs to no chain");
        }
        StringBuilder path = new StringBuilder(HubProtocol.CLIENTS_PATH).append("?name=").append(encoded(query.name()));
        if (query.birthYear() != null) {
            path.append("&born=").append(query.birthYear());
        }
        if (query.phoneTail() != null) {
            path.append("&phone=").append(query.phoneTail());
        }
        HubAnswer<ChainClient[]> answer = ask("GET", path.toString(), null, ChainClient[].class, "clients by name");
        return new HubAnswer<>(answer.answer().map(List::of).orElse(null), answer.status(), answer.problem());
    }

    /**
     * Brings a client of another studio over at the hub (who at this studio and why are kept there); the answer is who
     * they are there: name, phone, birth year, precautions and home studio.
     */
    public HubAnswer<ChainClient> bringOver(String chainClientId, String reason) {
        if (!configured()) {
            return HubAnswer.unreachable("this studio belongs to no chain");
        }
        String person = com.stretchkiosk.base.StudioUser.current().map(com.stretchkiosk.base.StudioUser::displayName).orElse("a manager");
        return ask("POST", clientPath(chainClientId, "link"), JSON.writeValueAsString(new HubProtocol.Link(person, reason)), ChainClient.class,
                "to bring a client over");
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The hub's answer read as {@code type}, or why there is none. */
    private <T> HubAnswer<T> ask(String method, String path, @org.jspecify.annotations.Nullable String body, Class<T> type, String what) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address + path)).timeout(Duration.ofSeconds(3))
                    .header("Authorization", "Bearer " + credential);
            request = body == null ? request.GET()
                    : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                String problem = problemIn(response.body());
                log.warn("The hub at {} refused {} ({}): {}", address, what, response.statusCode(), problem);
                return new HubAnswer<>(null, response.statusCode(), problem);
            }
            return HubAnswer.of(JSON.readValue(response.body(), type));
        } catch (IOException | RuntimeException e) {
            log.warn("The hub at {} could not be asked for {}: {}", address, what, e.toString());
            return HubAnswer.unreachable(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HubAnswer.unreachable("interrupted");
        }
    }

    /**
     * Posts the rows, or as many of the first of them as weigh at most {@link #MAX_BATCH_BYTES} (one row at least);
     * returns how many the hub acknowledged.
     */
    private int post(List<HubRecord> records) throws IOException, InterruptedException {
        List<HubRecord> part = records;
        String body = JSON.writeValueAsString(new HubProtocol.Batch(new ArrayList<>(part)));
        while (body.length() > MAX_BATCH_BYTES && part.size() > 1) {
            part = part.subList(0, part.size() / 2);
            body = JSON.writeValueAsString(new HubProtocol.Batch(new ArrayList<>(part)));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(address + HubProtocol.RECORDS_PATH))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + credential)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the hub answered " + response.statusCode() + ": " + problemIn(response.body()));
        }
        HubProtocol.Receipt receipt = JSON.readValue(response.body(), HubProtocol.Receipt.class);
        if (receipt.refused() > 0) {
            log.warn("The hub refused {} of this studio's rows, first: {}", receipt.refused(), receipt.refusals().stream().findFirst()
                    .map(refusal -> refusal.kind() + " " + refusal.key() + ": " + refusal.reason()).orElse("—"));
        }
        return part.size();
    }

    /** The reason in a refusal's JSON, or the body's first line. */
    private static String problemIn(String body) {
        try {
            return JSON.readValue(body, HubProtocol.Problem.class).problem();
        } catch (RuntimeException notJson) {
            String line = body.lines().findFirst().orElse("");
            return line.length() > 200 ? line.substring(0, 200) : line;
        }
    }
}
