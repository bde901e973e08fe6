package com.stretchkiosk.bench;

import static com.stretchkiosk.db.Tables.CLIENT;
import static com.stretchkiosk.db.Tables.VISIT;

import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.history.HistoryService;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.Attempt;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A busy studio through the services: {@link #TABLETS} tablets each logging {@link #TAPS} repetitions while
 * {@link #READERS} readers keep opening the ten-year client's briefing, first at a (fast) studio pace, then flat
 * out. Prints the server time per tap (p50, p99) beside one raw single-row SQLite commit measured in the same
 * run, what was stored and the errors.
 */
final class LoadBenchmark {

    static final int TABLETS = 8;
    static final int TAPS = 110;
    static final int READERS = Integer.getInteger("bench.readers", 2);
    static final double P99_TARGET_MILLIS = 10;
    static final double RATIO_TARGET = 25;
    static final long PAUSE_MIN_MILLIS = 200;
    static final long PAUSE_MAX_MILLIS = 600;
    static final long READER_PAUSE_MILLIS = 250;
    /** Repetitions in one session (a client's visit has 15–25); then the tablet ends it and starts the next. */
    static final int SESSION_TAPS = 22;

    private LoadBenchmark() {
    }

    static void run(ConfigurableApplicationContext context, long loyalClient) throws Exception {
        DSLContext db = context.getBean(DSLContext.class);
        VisitService visits = context.getBean(VisitService.class);
        HistoryService history = context.getBean(HistoryService.class);
        long therapist = context.getBean(TherapistService.class).activeTherapists().getFirst().id();
        // A repetition holds one attempt: a session's taps go through the stretches without sides, ten repetitions each.
        List<Stretch> stretches = context.getBean(CatalogService.class).activeStretches().stream().filter(s -> !s.sided()).toList();

        db.execute("CREATE TABLE IF NOT EXISTS bench_tap (id INTEGER PRIMARY KEY, at INTEGER NOT NULL)");
        List<Double> raw = new ArrayList<>();
        for (int i = 0; i < 220; i++) {
            long start = System.nanoTime();
            db.transaction(tx -> tx.dsl().execute("INSERT INTO bench_tap (at) VALUES (?)", System.currentTimeMillis()));
            if (i >= 20) {
                raw.add((System.nanoTime() - start) / 1e6);
            }
        }

        List<Long> clients = db.select(CLIENT.ID).from(CLIENT)
                .where(CLIENT.ID.ne(loyalClient).and(DSL.notExists(DSL.selectOne().from(VISIT)
                        .where(VISIT.CLIENT_ID.eq(CLIENT.ID).and(VISIT.ENDED_AT.isNull())))))
                .orderBy(CLIENT.ID.desc()).limit(TABLETS).fetch(CLIENT.ID);
        double rawP99 = KioskBenchmark.percentile(raw, 0.99);
        System.out.printf(Locale.ROOT, "%nUnder load: %d tablets x %d taps, %d readers of the ten-year briefing%n", TABLETS, TAPS,
                READERS);
        System.out.printf(Locale.ROOT, "%-44s %7.2f ms p50 %7.2f ms p99%n", "raw single-row SQLite commit (reference)",
                KioskBenchmark.percentile(raw, 0.5), rawP99);
        Round paced = round(visits, history, therapist, stretches, clients, loyalClient, true);
        double tapP99 = paced.p99();
        System.out.printf(Locale.ROOT, "%-44s %7.2f ms p50 %7.2f ms p99 (%.1f x the raw commit's p99) %s%n",
                "server time per tap, studio pace", paced.p50(), tapP99, tapP99 / rawP99,
                tapP99 <= P99_TARGET_MILLIS && tapP99 / rawP99 <= RATIO_TARGET ? "met" : "MISSED (target p99 <= 10 ms and <= 25 x)");
        paced.print();
        Round flatOut = round(visits, history, therapist, stretches, clients, loyalClient, false);
        System.out.printf(Locale.ROOT, "%-44s %7.2f ms p50 %7.2f ms p99 (stress, no target: taps queue for the one writer)%n",
                "server time per tap, flat out", flatOut.p50(), flatOut.p99());
        flatOut.print();
    }

    /**
     * One round of taps. At studio pace each tablet waits {@link #PAUSE_MIN_MILLIS}–{@link #PAUSE_MAX_MILLIS} ms
     * between taps (a therapist logs a repetition every half minute or so; this is still some fifty times a
     * real studio's busiest minute) and each reader opens the briefing every {@link #READER_PAUSE_MILLIS} ms;
     * flat out, nobody waits.
     */
    private static Round round(VisitService visits, HistoryService history, long therapist, List<Stretch> stretches, List<Long> clients,
            long loyalClient, boolean paced) throws Exception {
        List<Visit> sessions = java.util.Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<Double> taps = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Double> briefings = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicBoolean tapping = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(TABLETS + READERS);
        List<Future<?>> tablets = new ArrayList<>();
        for (long client : clients) {
            tablets.add(pool.submit(() -> {
                // A tablet's day: a session of SESSION_TAPS repetitions, ended, then the next one.
                Visit session = null;
                for (int i = 0; i < TAPS; i++) {
                    if (i % SESSION_TAPS == 0) {
                        if (session != null) {
                            visits.end(session.id(), "Load benchmark session");
                        }
                        session = visits.startOrResume(UUID.randomUUID(), client, therapist);
                        sessions.add(session);
                    }
                    if (paced) {
                        pause(ThreadLocalRandom.current().nextLong(PAUSE_MIN_MILLIS, PAUSE_MAX_MILLIS + 1));
                    }
                    int inSession = i % SESSION_TAPS;
                    Stretch stretch = stretches.get(inSession / Attempt.REPETITION_MAX % stretches.size());
                    AttemptDraft tap = new AttemptDraft(UUID.randomUUID(), session.id(), stretch.id(), Side.NONE,
                            inSession % Attempt.REPETITION_MAX + 1,
                            Outcome.COMPLETED, stretch.rangeMin(), 5, null, null, 30, Set.of(), null);
                    timed(() -> visits.recordAttempt(tap), taps, errors);
                }
                visits.end(session.id(), "Load benchmark session");
                return null;
            }));
        }
        for (int r = 0; r < READERS; r++) {
            pool.submit(() -> {
                while (tapping.get()) {
                    timed(() -> history.briefing(loyalClient), briefings, errors);
                    if (paced) {
                        pause(READER_PAUSE_MILLIS);
                    }
                }
            });
        }
        for (Future<?> tablet : tablets) {
            tablet.get();
        }
        tapping.set(false);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        long stored = 0;
        for (Visit session : sessions) {
            stored += visits.facts(session.id()).attempts().size();
        }
        return new Round(new ArrayList<>(taps), briefings.size(), stored, new ArrayList<>(errors));
    }

    /** Runs the work, adding its time in milliseconds to {@code millis}, or its failure to {@code errors}. */
    private static void timed(Runnable work, ConcurrentLinkedQueue<Double> millis, ConcurrentLinkedQueue<Throwable> errors) {
        long start = System.nanoTime();
        try {
            work.run();
            millis.add((System.nanoTime() - start) / 1e6);
        } catch (RuntimeException e) {
            errors.add(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Round(List<Double> taps, int briefings, long stored, List<Throwable> errors) {

        double p50() {
            return KioskBenchmark.percentile(taps, 0.5);
        }

        double p99() {
            return KioskBenchmark.percentile(taps, 0.99);
        }

        void print() {
            System.out.printf(Locale.ROOT, "%-44s %d stored of %d tapped, %d briefings read, %d errors%n", "  facts", stored,
                    (long) TABLETS * TAPS, briefings, errors.size());
            errors.stream().limit(3).forEach(e -> System.out.println("  error: " + e));
        }
    }
}
