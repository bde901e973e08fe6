package com.stretchkiosk.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a client's rows as the hub holds them (each studio's table rows, by the studio's own ids) into the record
 * another studio is told: only what stands there. A voided session takes its repetitions and stops with it; a
 * voided repetition (undone, or corrected by a later one) its stop; a resolved stop is history, not a caution.
 */
final class ChainRecordReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChainRecordReader() {
    }

    /**
     * @param rows          the client's rows from the other studios (never the asking studio's own)
     * @param stretchNames  the names of those studios' stretches, by "studio id:stretch id"
     */
    static ChainRecord read(List<HubRepository.Held> rows, Map<String, String> stretchNames) {
        Map<String, Session> visits = new HashMap<>();
        List<Row> attempts = new ArrayList<>();
        Map<String, JsonNode> stopOfAttempt = new HashMap<>();
        Set<String> resolved = new HashSet<>();
        Map<String, JsonNode> latestDetail = new HashMap<>();
        Map<String, Integer> painBefore = new HashMap<>();
        Map<String, Integer> painAfter = new HashMap<>();
        for (HubRepository.Held held : rows) {
            JsonNode body = JSON.readTree(held.body());
            if (!standing(body)) {
                continue;
            }
            String studio = held.studioId() + ":";
            switch (held.kind()) {
                case "visit" -> visits.put(studio + body.path("id").asLong(), new Session(held.studio(), body));
                case "attempt" -> attempts.add(new Row(held.studioId(), body));
                case "pain_stop" -> stopOfAttempt.put(studio + body.path("attempt_id").asLong(), body);
                case "pain_stop_resolution" -> resolved.add(studio + body.path("pain_stop_id").asLong());
                case "pain_stop_detail" -> latestDetail.merge(studio + body.path("pain_stop_id").asLong(), body,
                        (one, other) -> one.path("id").asLong() >= other.path("id").asLong() ? one : other);
                case "pain_rating" -> ("AFTER".equals(body.path("moment").asString("")) ? painAfter : painBefore)
                        .put(studio + body.path("visit_id").asLong(), body.path("score").asInt());
                default -> {
                    // Clients and stretches: not part of what is told here.
                }
            }
        }
        attempts.sort(Comparator.comparingLong(row -> row.body().path("recorded_at").asLong()));
        Map<String, List<ChainAttempt>> attemptsOf = new HashMap<>();
        List<ChainCaution> cautions = new ArrayList<>();
        for (Row attempt : attempts) {
            String studio = attempt.studioId() + ":";
            String visitKey = studio + attempt.body().path("visit_id").asLong();
            Session session = visits.get(visitKey);
            if (session == null) {
                continue;
            }
            String stretch = stretchNames.getOrDefault(studio + attempt.body().path("stretch_id").asLong(), "?");
            String side = attempt.body().path("side").asString("NONE");
            String unit = attempt.body().path("unit").asString("DEGREES");
            JsonNode stop = stopOfAttempt.get(studio + attempt.body().path("id").asLong());
            Integer rangeAtStop = stop == null ? null : rangeAtStop(stop, latestDetail.get(studio + stop.path("id").asLong()));
            attemptsOf.computeIfAbsent(visitKey, key -> new ArrayList<>()).add(new ChainAttempt(stretch, side,
                    attempt.body().path("repetition").asInt(), attempt.body().path("outcome").asString("COMPLETED"), unit,
                    number(attempt.body(), "range_reached"), stop != null, rangeAtStop));
            if (stop != null && !resolved.contains(studio + stop.path("id").asLong())) {
                cautions.add(new ChainCaution(session.studio(), stretch, side, rangeAtStop, unit,
                        Instant.ofEpochMilli(stop.path("occurred_at").asLong())));
            }
        }
        List<ChainVisit> told = new ArrayList<>();
        visits.forEach((key, session) -> {
            JsonNode visit = session.body();
            told.add(new ChainVisit(session.studio(), Instant.ofEpochMilli(visit.path("started_at").asLong()),
                    visit.path("ended_at").isNumber() ? Instant.ofEpochMilli(visit.path("ended_at").asLong()) : null, painBefore.get(key),
                    painAfter.get(key), List.copyOf(attemptsOf.getOrDefault(key, List.of())), text(visit, "closing_note")));
        });
        told.sort(Comparator.comparing(ChainVisit::startedAt).reversed());
        cautions.sort(Comparator.comparing(ChainCaution::occurredAt).reversed());
        return new ChainRecord(List.copyOf(cautions), List.copyOf(told));
    }

    private record Row(long studioId, JsonNode body) {
    }

    private record Session(String studio, JsonNode body) {
    }

    /** Not voided (a row of a kind that is never voided stands). */
    private static boolean standing(JsonNode body) {
        JsonNode voided = body.path("voided_at");
        return voided.isNull() || voided.isMissingNode();
    }

    /**
     * Where a stop hurt: the answer its latest standing detail gave to "At what range?" (a range, or "not measured"),
     * else the range the STOP tap carried; as the studio's own reading (attempt_fact) has it.
     */
    private static @Nullable Integer rangeAtStop(JsonNode stop, @Nullable JsonNode detail) {
        if (detail != null && detail.path("range_answer").isString()) {
            return number(detail, "range_at_stop");
        }
        return number(stop, "range_at_stop");
    }

    /** A row's whole-number column, or none when it is null there. */
    static @Nullable Integer number(JsonNode body, String field) {
        JsonNode value = body.path(field);
        return value.isNumber() ? value.asInt() : null;
    }

    /** A row's text column, or none when it is null there. */
    static @Nullable String text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        return value.isString() ? value.asString() : null;
    }
}
