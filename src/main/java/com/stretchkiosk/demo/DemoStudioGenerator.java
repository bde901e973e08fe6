package com.stretchkiosk.demo;

import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.SearchText;
import com.stretchkiosk.db.tables.records.AttemptRecord;
import com.stretchkiosk.db.tables.records.ClientRecord;
import com.stretchkiosk.db.tables.records.PainRatingRecord;
import com.stretchkiosk.db.tables.records.PainStopDetailRecord;
import com.stretchkiosk.db.tables.records.PainStopRecord;
import com.stretchkiosk.db.tables.records.PainStopResolutionRecord;
import com.stretchkiosk.db.tables.records.VisitRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Makes the rows of a believable studio: clients who come back week after week, ranges that improve with
 * measurement noise, the odd skipped stretch and a few sharp-pain stops. Pure: it only builds records.
 */
final class DemoStudioGenerator {

    private static final String[] FIRST_NAMES = {"Anna", "Ben", "Clara", "David", "Elif", "Farid", "Greta", "Hugo",
        "Ines", "Jonas", "Kemal", "Lena", "Mateo", "Nora", "Oskar", "Paula", "Quentin", "Rosa", "Samir", "Tilda",
        "Umut", "Vera", "Wim", "Xenia", "Yusuf", "Zoë", "Amira", "Björn", "Chiara", "Dmitri", "Emma", "Finn",
        "Hanna", "Ivo", "Jana", "Leon", "Mia", "Noah", "Olga", "Pia", "Ruth", "Sven", "Theo", "Ursula", "Valentin"};
    private static final String[] LAST_NAMES = {"Müller", "Schmidt", "Okafor", "Rossi", "Nowak", "Yılmaz", "Janssen",
        "García", "Lindqvist", "Novák", "Papadopoulos", "Kowalski", "Dubois", "Fischer", "Weber", "Meyer",
        "Wagner", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz",
        "Zimmermann", "Braun", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Lehmann", "Köhler",
        "Sato", "Nguyen", "Haddad", "O'Brien", "Silva", "Andersen", "Horvath", "Costa", "Ivanova", "Kaya"};
    private static final String[] PRECAUTIONS = {
        "Herniated disc L4/L5 (2019): no loaded forward folds past comfort.",
        "Right rotator cuff repair, March 2024: keep the right arm below shoulder height.",
        "High blood pressure, on medication: no breath holding, come up slowly.",
        "Osteoporosis: gentle depth only, no twisting pressure.",
        "Whiplash in 2021: neck side-bends slowly, stop at the first pinch.",
        "Left knee replacement (2023): no deep knee bends, cushion under the knee when kneeling.",
        "Hypermobile joints: stop at the first sense of pressure, never push the end range."};
    /** The demo studio's therapists, found by name or added without PINs. */
    static final List<String> THERAPISTS = List.of("Mara Lindqvist", "Jonas Okafor", "Priya Raman");
    private static final String[] CLOSING_NOTES = {"Good session, breathing much calmer by the end.",
        "Client arrived stiff after a long drive; worked gently.", "Asked for homework: daily neck side-bends.",
        "Felt lighter afterwards, wants to come weekly.", "Tired today; shortened the hamstring work."};
    private static final String[] KINDS = {"SHARP", "SHARP", "SHARP", "SHOOTING", "BURNING", "CRAMP"};

    /** Chance that one attempt ends in a sharp-pain stop. */
    static final double PAIN_STOP_CHANCE = 0.015;
    /** Chance that a stretch on a side is skipped that day. */
    static final double SKIP_CHANCE = 0.02;

    private final DemoStudio studio;
    private final List<Stretch> stretches;
    private final Instant now;
    private final DemoIds ids;
    private final long[] therapistIds;
    private int visits;
    private int attempts;
    private int painStops;

    DemoStudioGenerator(DemoStudio studio, List<Stretch> stretches, Instant now, DemoIds ids, long[] therapistIds) {
        this.studio = studio;
        this.stretches = List.copyOf(stretches);
        this.now = now.truncatedTo(ChronoUnit.MILLIS);
        this.ids = ids;
        this.therapistIds = therapistIds.clone();
    }

    /** The rows of clients {@code first} to {@code first + count - 1}. */
    Chunk clients(int first, int count) {
        Chunk chunk = new Chunk();
        for (int index = first; index < first + count; index++) {
            client(index, chunk);
        }
        return chunk;
    }

    DemoStudioSummary summary(long millis) {
        return new DemoStudioSummary(therapistIds.length, studio.clients(), visits, attempts, painStops, millis);
    }

    private void client(int index, Chunk chunk) {
        Random random = new Random(studio.seed() * 1_000_003L + index);
        long clientId = ids.client++;
        List<Instant> visitStarts = visitStarts(index, random);
        Instant since = visitStarts.isEmpty() ? now.minus(Duration.ofDays(1 + random.nextInt(20))) : visitStarts.getFirst().minus(Duration.ofDays(2));

        String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        ClientRecord client = new ClientRecord();
        client.setId(clientId);
        client.setFullName(name);
        client.setSearchName(SearchText.fold(name));
        if (random.nextInt(10) < 9) {
            String phone = String.format(Locale.ROOT, "+49 15%d %04d %04d", random.nextInt(10), random.nextInt(10_000), random.nextInt(10_000));
            client.setPhone(phone);
            client.setSearchPhone(ClientDraft.digits(phone));
        }
        if (random.nextInt(10) < 8) {
            client.setBirthYear((LocalDate.ofInstant(now, ZoneOffset.UTC).getYear() - 22 - random.nextInt(55)));
        }
        if (index == 0 || random.nextInt(4) == 0) {
            client.setPrecautions(PRECAUTIONS[random.nextInt(PRECAUTIONS.length)]);
        }
        if (random.nextInt(12) > 0) {
            client.setConsentOn(LocalDate.ofInstant(since, ZoneOffset.UTC));
        }
        client.setCreatedAt(since);
        client.setUpdatedAt(since);
        client.setVersion(1L);
        chunk.clients.add(client);

        long therapist = therapistIds[random.nextInt(therapistIds.length)];
        Map<String, double[]> profile = new HashMap<>();
        for (int v = 0; v < visitStarts.size(); v++) {
            visit(clientId, index == 0, v, visitStarts.get(v), random.nextInt(5) == 0 ? therapistIds[random.nextInt(therapistIds.length)] : therapist,
                    profile, random, chunk);
        }
    }

    /**
     * When the client came: the first client weekly for the studio's longest history, a few others today,
     * the rest every one or two weeks for a while; about one in ten has not come yet.
     */
    private List<Instant> visitStarts(int index, Random random) {
        int count;
        int intervalDays;
        if (index == 0) {
            count = studio.longestHistoryYears() * 52;
            intervalDays = 7;
        } else {
            int most = studio.clients() <= 100 ? 40 : 12;
            count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(most);
            intervalDays = 7 + 7 * random.nextInt(2);
        }
        boolean today = index >= 1 && index <= 3 && count > 0;
        List<Instant> starts = new ArrayList<>();
        Instant last = today
                ? now.minus(Duration.ofMinutes(75L * index))
                : now.minus(Duration.ofDays(1 + random.nextInt(6))).truncatedTo(ChronoUnit.HOURS);
        for (int i = count - 1; i >= 0; i--) {
            starts.add(last.minus(Duration.ofDays((long) intervalDays * i)).plus(Duration.ofMinutes(random.nextInt(60) - 30)));
        }
        return starts;
    }

    private void visit(long clientId, boolean everyStretch, int number, Instant start, long therapist,
            Map<String, double[]> profile, Random random, Chunk chunk) {
        long visitId = ids.visit++;
        VisitRecord visit = new VisitRecord();
        visit.setId(visitId);
        visit.setFactId(factId(random));
        visit.setClientId(clientId);
        visit.setTherapistId(therapist);
        visit.setStartedAt(start);
        Instant end = start.plus(Duration.ofMinutes(40 + random.nextInt(20)));
        visit.setEndedAt(end.isAfter(now) ? now : end);
        if (random.nextInt(4) == 0) {
            visit.setClosingNote(CLOSING_NOTES[random.nextInt(CLOSING_NOTES.length)]);
        }
        chunk.visits.add(visit);
        visits++;

        int before = random.nextInt(10) < 7 ? random.nextInt(3) : 2 + random.nextInt(4);
        chunk.painRatings.add(painRating(visitId, "BEFORE", before, start.plusSeconds(30), random));

        Instant at = start.plus(Duration.ofMinutes(2));
        for (Stretch stretch : stretches) {
            if (!everyStretch && random.nextInt(10) < 3) {
                continue;
            }
            for (String side : stretch.sided() ? List.of("LEFT", "RIGHT") : List.of("NONE")) {
                at = attempts(visitId, number, stretch, side, at, profile, random, chunk);
            }
        }
        int after = Math.max(0, before - random.nextInt(3));
        chunk.painRatings.add(painRating(visitId, "AFTER", after, visit.getEndedAt(), random));
    }

    private Instant attempts(long visitId, int visitNumber, Stretch stretch, String side, Instant at,
            Map<String, double[]> profile, Random random, Chunk chunk) {
        if (random.nextDouble() < SKIP_CHANCE) {
            chunk.attempts.add(attempt(visitId, stretch, side, 1, "SKIPPED", null, at, random));
            return at.plusSeconds(20);
        }
        double[] baseAndGain = profile.computeIfAbsent(stretch.id() + side, key -> baseAndGain(stretch, side, random));
        double progress = 1 - Math.exp(-visitNumber / 15.0);
        for (int repetition = 1; repetition <= stretch.repetitions(); repetition++) {
            double value = baseAndGain[0] + baseAndGain[1] * progress + random.nextGaussian() * noise(stretch.unit())
                    + (repetition - 1) * 0.3;
            int range = (int) Math.round(Math.max(stretch.rangeMin(), Math.min(stretch.rangeMax(), value)));
            at = at.plusSeconds(stretch.holdSeconds() + 15L + random.nextInt(30));
            if (random.nextDouble() < PAIN_STOP_CHANCE) {
                AttemptRecord stopped = attempt(visitId, stretch, side, repetition, "STOPPED_FOR_PAIN", range, at, random);
                chunk.attempts.add(stopped);
                painStop(stopped, stretch, side, random, chunk);
                return at.plusSeconds(60);
            }
            chunk.attempts.add(attempt(visitId, stretch, side, repetition, "COMPLETED", range, at, random));
        }
        return at;
    }

    /** Where a client starts on a stretch and how much they gain over months of visits. */
    private static double[] baseAndGain(Stretch stretch, String side, Random random) {
        double span = stretch.rangeMax() - stretch.rangeMin();
        double asymmetry = "RIGHT".equals(side) ? 1 - random.nextDouble() * 0.08 : 1;
        return switch (stretch.unit()) {
            case DEPTH -> new double[] {(3 + random.nextDouble() * 2) * asymmetry, 1.5 + random.nextDouble() * 2};
            case CENTIMETRES -> new double[] {stretch.rangeMin() + span * (0.25 + random.nextDouble() * 0.2), 6 + random.nextDouble() * 6};
            case DEGREES -> new double[] {(stretch.rangeMin() + span * (0.3 + random.nextDouble() * 0.2)) * asymmetry,
                span * (0.08 + random.nextDouble() * 0.1)};
        };
    }

    /** Measurement noise, one standard deviation. */
    private static double noise(MeasureUnit unit) {
        return switch (unit) {
            case DEGREES -> 3;
            case CENTIMETRES -> 1.5;
            case DEPTH -> 0.6;
        };
    }

    private AttemptRecord attempt(long visitId, Stretch stretch, String side, int repetition, String outcome,
            @Nullable Integer range, Instant at, Random random) {
        AttemptRecord r = new AttemptRecord();
        r.setId(ids.attempt++);
        r.setFactId(factId(random));
        r.setVisitId(visitId);
        r.setStretchId(stretch.id());
        r.setSide(side);
        r.setRepetition(repetition);
        r.setOutcome(outcome);
        r.setUnit(stretch.unit().name());
        r.setRecordedAt(at);
        if (range != null) {
            r.setRangeReached(range);
            boolean stopped = "STOPPED_FOR_PAIN".equals(outcome);
            r.setPressure((stopped ? 7 + random.nextInt(3) : 4 + random.nextInt(4)));
            int breathing = random.nextInt(20);
            r.setBreathing(stopped && breathing < 10 ? "HELD_BREATH"
                    : breathing < 16 ? "SLOW_DIAPHRAGMATIC" : breathing < 19 ? "SHALLOW_CHEST" : "HELD_BREATH");
            if (random.nextInt(3) == 0) {
                r.setBreathCount((stretch.holdSeconds() / 10 + random.nextInt(2)));
            }
            r.setHoldSeconds((stopped ? 3 + random.nextInt(Math.max(1, stretch.holdSeconds() / 2)) : stretch.holdSeconds()));
            int chip = random.nextInt(12);
            if (chip < 3) {
                r.setNoteChips(chip == 0 ? "TIGHT" : chip == 1 ? "RELAXED" : "TIGHT,GUARDING");
            }
        }
        attempts++;
        return r;
    }

    /** Pain stops older than this were talked through and marked resolved by the therapist a week later. */
    static final Duration RESOLVED_AFTER = Duration.ofDays(56);

    private void painStop(AttemptRecord attempt, Stretch stretch, String side, Random random, Chunk chunk) {
        PainStopRecord stop = new PainStopRecord();
        stop.setId(ids.painStop++);
        stop.setFactId(factId(random));
        stop.setAttemptId(attempt.getId());
        stop.setOccurredAt(attempt.getRecordedAt());
        stop.setRangeAtStop(attempt.getRangeReached());
        chunk.painStops.add(stop);
        painStops++;
        if (attempt.getRecordedAt().isBefore(now.minus(RESOLVED_AFTER))) {
            PainStopResolutionRecord resolution = new PainStopResolutionRecord();
            resolution.setFactId(factId(random));
            resolution.setPainStopId(stop.getId());
            resolution.setResolvedBy(therapistIds[random.nextInt(therapistIds.length)]);
            resolution.setResolvedAt(attempt.getRecordedAt().plus(Duration.ofDays(7)));
            chunk.resolutions.add(resolution);
        }
        if (random.nextInt(5) > 0) {
            PainStopDetailRecord detail = new PainStopDetailRecord();
            detail.setFactId(factId(random));
            detail.setPainStopId(stop.getId());
            detail.setBodyRegion(region(stretch, random));
            detail.setBodySide("NONE".equals(side) ? "CENTRE" : side);
            detail.setPainScore((5 + random.nextInt(4)));
            detail.setPainKind(KINDS[random.nextInt(KINDS.length)]);
            detail.setRecordedAt(attempt.getRecordedAt().plusSeconds(20));
            chunk.painStopDetails.add(detail);
        }
    }

    /** Where a stretch most often hurts when it goes too far. */
    private static String region(Stretch stretch, Random random) {
        String name = stretch.name().toLowerCase(Locale.ROOT);
        String[] regions;
        if (name.contains("trapezius")) {
            regions = new String[] {"UPPER_TRAPEZIUS", "NECK"};
        } else if (name.contains("levator")) {
            regions = new String[] {"NECK", "SHOULDER_BLADE"};
        } else if (name.contains("hamstring")) {
            regions = new String[] {"BACK_OF_THIGH", "BACK_OF_THIGH", "KNEE", "LOWER_BACK"};
        } else if (name.contains("child")) {
            regions = new String[] {"KNEE", "LOWER_BACK"};
        } else if (name.contains("twist")) {
            regions = new String[] {"LOWER_BACK", "HIP_BUTTOCK"};
        } else if (name.contains("crocodile")) {
            regions = new String[] {"LOWER_BACK", "MID_BACK"};
        } else {
            regions = new String[] {"OTHER"};
        }
        return regions[random.nextInt(regions.length)];
    }

    private PainRatingRecord painRating(long visitId, String moment, int score, Instant at, Random random) {
        PainRatingRecord r = new PainRatingRecord();
        r.setFactId(factId(random));
        r.setVisitId(visitId);
        r.setMoment(moment);
        r.setScore(score);
        r.setRecordedAt(at);
        return r;
    }

    /** A random (version 4) UUID from the generator's own random, so a seed gives the same studio. */
    private static String factId(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The rows of a run of clients, written in one transaction. */
    static final class Chunk {
        private final List<ClientRecord> clients = new ArrayList<>();
        private final List<VisitRecord> visits = new ArrayList<>();
        private final List<PainRatingRecord> painRatings = new ArrayList<>();
        private final List<AttemptRecord> attempts = new ArrayList<>();
        private final List<PainStopRecord> painStops = new ArrayList<>();
        private final List<PainStopDetailRecord> painStopDetails = new ArrayList<>();
        private final List<PainStopResolutionRecord> resolutions = new ArrayList<>();

        List<PainStopResolutionRecord> resolutions() {
            return resolutions;
        }

        List<ClientRecord> clients() {
            return clients;
        }

        List<VisitRecord> visits() {
            return visits;
        }

        List<PainRatingRecord> painRatings() {
            return painRatings;
        }

        List<AttemptRecord> attempts() {
            return attempts;
        }

        List<PainStopRecord> painStops() {
            return painStops;
        }

        List<PainStopDetailRecord> painStopDetails() {
            return painStopDetails;
        }
    }
}
