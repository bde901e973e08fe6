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
import org.springframework.beans.factory.annotation.Value;
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

    HubSyncService(HubOutboxRepository outbox, TransactionTemplate transaction, Clock clock,
            @Value("${kiosk.hub.address:}") String address, @Value("${kiosk.hub.credential:}") String credential) {
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
        this.address = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
        this.credential = credential;
    }

    /** Whether this studio belongs to a chain (kiosk.hub.address and kiosk.hub.credential are set). */
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
                try {
                    post(records);
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
                long upTo = queued.getLast().id();
                transaction.executeWithoutResult(status -> outbox.sent(upTo, clock.instant()));
                reachable = true;
                acknowledged += records.size();
            }
            return acknowledged;
        } finally {
            sending.unlock();
        }
    }

    /** The queued rows as they are now; a row queued twice in the batch (added, then changed) goes once. */
    private List<HubRecord> records(List<HubOutboxRepository.Queued> queued) {
        Map<String, Set<Long>> byKind = new LinkedHashMap<>();
        for (HubOutboxRepository.Queued entry : queued) {
            byKind.computeIfAbsent(entry.kind(), kind -> new LinkedHashSet<>()).add(entry.rowId());
        }
        List<HubRecord> records = new ArrayList<>();
        byKind.forEach((kind, ids) -> records.addAll(outbox.rows(kind, ids)));
        return records;
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
        return ask(clientPath(chainClientId, "cautions"), ChainCaution[].class, "a client's cautions")
                .map(found -> new ChainCautions(true, List.of(found))).orElseGet(() -> new ChainCautions(false, List.of()));
    }

    /** The client's record at the chain's other studios (the briefing on the client's page); a short wait at most. */
    public ChainRecordAnswer recordOf(String chainClientId) {
        if (!configured()) {
            return new ChainRecordAnswer(true, ChainRecord.EMPTY);
        }
        return ask(clientPath(chainClientId, "record"), ChainRecord.class, "a client's record")
                .map(found -> new ChainRecordAnswer(true, found)).orElseGet(() -> new ChainRecordAnswer(false, ChainRecord.EMPTY));
    }

    private static String clientPath(String chainClientId, String what) {
        return HubProtocol.CLIENTS_PATH + "/" + java.net.URLEncoder.encode(chainClientId, java.nio.charset.StandardCharsets.UTF_8) + "/" + what;
    }

    /** The hub's answer read as {@code type}; empty when it could not be had. */
    private <T> java.util.Optional<T> ask(String path, Class<T> type, String what) {
        try {
            return java.util.Optional.of(JSON.readValue(get(path), type));
        } catch (IOException | RuntimeException e) {
            log.warn("The hub at {} could not be asked for {}: {}", address, what, e.toString());
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    /** Clients of the chain's other studios whose name holds the text; empty when the hub is out of reach. */
    public java.util.Optional<List<ChainClient>> findInChain(String name) {
        if (!configured()) {
            return java.util.Optional.empty();
        }
        return ask(HubProtocol.CLIENTS_PATH + "?name=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8),
                ChainClient[].class, "clients by name").map(List::of);
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(address + path)).timeout(Duration.ofSeconds(3))
                .header("Authorization", "Bearer " + credential).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the hub answered " + response.statusCode());
        }
        return response.body();
    }

    private void post(List<HubRecord> records) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(address + HubProtocol.RECORDS_PATH))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + credential)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(new HubProtocol.Batch(records))))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the hub answered " + response.statusCode()
                    + (response.statusCode() == 401 ? " (this studio's credential is not the hub's)" : ""));
        }
    }
}
