package com.stretchkiosk.bench;

import com.stretchkiosk.KioskApplication;
import com.stretchkiosk.base.TestPostgres;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.chain.HubProtocol;
import com.stretchkiosk.chain.HubService;
import com.stretchkiosk.chain.HubSyncService;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.PainStopTap;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitService;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A chain on loopback (issue 15): a hub on PostgreSQL and a studio on its SQLite file in this JVM. A studio's busy
 * day (8 tablets, 400 repetitions with their sessions, ratings and a few pain stops) is logged while the hub is out
 * of reach, then timed from reconnecting until the hub has every row; five such days. Then 50 studios send a day's
 * rows each at once, over HTTP, each timed until its last batch is acknowledged.
 */
final class ChainBenchmark {

    static final double DAY_TARGET_MILLIS = 5000;
    /** A client's record at the other studios, as their page at another studio opens (the hub's answer). */
    static final double BRIEFING_TARGET_MILLIS = 300;
    /** The regular client's sessions at the studio: two years, weekly. */
    private static final int REGULAR_SESSIONS = 100;
    private static final int TABLETS = 8;
    private static final int REPETITIONS_PER_TABLET = 50;
    private static final int DAYS = 5;
    private static final int STUDIOS = 50;

    private ChainBenchmark() {
    }

    static void run() throws Exception {
        int hubPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            hubPort = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext hub = new SpringApplicationBuilder(KioskApplication.class).run("--server.port=" + hubPort,
                "--kiosk.database-path=" + Files.createTempDirectory("bench-hub").resolve("unused.db"),
                "--kiosk.database-url=" + TestPostgres.freshDatabase("kiosk_benchhub"), "--kiosk.database-user=" + TestPostgres.user(),
                "--kiosk.database-password=" + TestPostgres.password(), "--kiosk.hub.enabled=true", "--logging.level.root=WARN",
                // Speed is measured here, not the per-studio limits on reading (HubTrustTest checks those).
                "--kiosk.hub.reads-per-minute=1000000", "--kiosk.hub.searches-per-minute=1000000",
                "--logging.level.com.stretchkiosk=WARN")) {
            HubService chain = hub.getBean(HubService.class);
            String credential = asManager(hub, () -> chain.addStudio("Benchmark studio"));
            List<Double> days = new ArrayList<>();
            int rows = 0;
            String regular;
            try (ConfigurableApplicationContext studio = new SpringApplicationBuilder(KioskApplication.class).run("--server.port=0",
                    "--kiosk.database-path=" + Files.createTempDirectory("bench-studio").resolve("kiosk.db"),
                    "--kiosk.hub.address=http://localhost:" + hubPort, com.stretchkiosk.base.HubCredentialFile.setting(credential), "--kiosk.hub.every=PT1H",
                    "--logging.level.root=WARN", "--logging.level.com.stretchkiosk=WARN")) {
                HubSyncService sync = studio.getBean(HubSyncService.class);
                sync.send();   // the catalog and the first manager's studio, before the days
                for (int day = 0; day < DAYS; day++) {
                    busyDay(studio, day);
                    long waiting = sync.contact().waiting();
                    long started = System.nanoTime();
                    while (sync.contact().waiting() > 0) {
                        sync.send();
                    }
                    days.add((System.nanoTime() - started) / 1e6);
                    rows += (int) waiting;
                }
                regular = regularClient(studio);
                while (sync.contact().waiting() > 0) {
                    sync.send();
                }
            }
            // Another studio opens the page of the studio's regular client (two years of weekly sessions): the hub's
            // answer with their whole record there (the briefing), and, as the reference in the same run, with their
            // standing pain stops only (what the session screen asks for).
            String other = asManager(hub, () -> chain.addStudio("Benchmark studio B"));
            HttpClient asker = HttpClient.newHttpClient();
            HttpResponse<String> brought = asker.send(HttpRequest.newBuilder(URI.create("http://localhost:" + hubPort + HubProtocol.CLIENTS_PATH + "/"
                    + regular + "/link")).header("Authorization", "Bearer " + other).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"person\":\"Benchmark\",\"reason\":\"Visiting\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (brought.statusCode() != 200) {
                throw new IllegalStateException("The hub answered " + brought.statusCode() + " " + brought.body());
            }
            List<Double> briefings = new ArrayList<>();
            List<Double> stopsOnly = new ArrayList<>();
            for (int i = 0; i < 70; i++) {
                double record = ask(asker, hubPort, other, regular, "record");
                double cautions = ask(asker, hubPort, other, regular, "cautions");
                if (i >= 10) {
                    briefings.add(record);
                    stopsOnly.add(cautions);
                }
            }
            int size = asker.send(HttpRequest.newBuilder(URI.create("http://localhost:" + hubPort + HubProtocol.CLIENTS_PATH + "/" + regular
                    + "/record")).header("Authorization", "Bearer " + other).GET().build(), HttpResponse.BodyHandlers.ofString()).body().length();

            System.out.printf(Locale.ROOT, "%n%-44s %9s %9s %9s %9s%n", "operation", "median", "p95", "worst", "target");
            KioskBenchmark.report("chain: a busy day reaches the hub", DAY_TARGET_MILLIS, days);
            System.out.printf(Locale.ROOT, "%-44s %d queued rows a day on average (8 tablets, %d repetitions)%n", "", rows / DAYS,
                    TABLETS * REPETITIONS_PER_TABLET);
            KioskBenchmark.report("chain: a cross-studio briefing", BRIEFING_TARGET_MILLIS, briefings);
            KioskBenchmark.report("  reference: the same client's stops only", Double.NaN, stopsOnly);
            System.out.printf(Locale.ROOT, "%-44s %d sessions, %d repetitions at the other studio; the answer %d KB%n", "", REGULAR_SESSIONS,
                    REGULAR_SESSIONS * 10, size / 1024);

            // 50 studios at once: each sends a day's worth of rows (450 facts), in the batches a studio sends.
            List<String> credentials = new ArrayList<>();
            for (int i = 0; i < STUDIOS; i++) {
                int n = i;
                credentials.add(asManager(hub, () -> chain.addStudio("Studio " + n)));
            }
            HttpClient http = HttpClient.newHttpClient();
            ExecutorService studios = Executors.newFixedThreadPool(STUDIOS);
            long started = System.nanoTime();
            List<Future<Double>> sent = new ArrayList<>();
            for (String studioCredential : credentials) {
                sent.add(studios.submit(() -> {
                    long begun = System.nanoTime();
                    String batch = syntheticDay(450);
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + hubPort + HubProtocol.RECORDS_PATH))
                            .header("Authorization", "Bearer " + studioCredential).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(batch)).build(), HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200 || !answer.body().contains("\"stored\":450")) {
                        throw new IllegalStateException("The hub answered " + answer.statusCode() + " " + answer.body());
                    }
                    return (System.nanoTime() - begun) / 1e6;
                }));
            }
            List<Double> each = new ArrayList<>();
            for (Future<Double> one : sent) {
                each.add(one.get());
            }
            double all = (System.nanoTime() - started) / 1e6;
            studios.shutdown();
            KioskBenchmark.report("chain: 50 studios send a day's 450 rows at once", Double.NaN, each);
            System.out.printf(Locale.ROOT, "%-44s all 50 acknowledged in %.0f ms (22,500 rows)%n", "", all);
        }
    }

    /** A day at a busy studio: 8 tablets at once, each with sessions of 10 repetitions and a pain stop in some. */
    private static void busyDay(ConfigurableApplicationContext studio, int day) throws Exception {
        List<Stretch> stretches = asManager(studio, () -> studio.getBean(CatalogService.class).activeStretches());
        long therapist = asManager(studio, () -> studio.getBean(TherapistService.class).add("Day " + day + " " + UUID.randomUUID()).id());
        ExecutorService tablets = Executors.newFixedThreadPool(TABLETS);
        List<Future<?>> done = new ArrayList<>();
        for (int tablet = 0; tablet < TABLETS; tablet++) {
            int t = tablet;
            done.add(tablets.submit(() -> asManager(studio, () -> {
                VisitService visits = studio.getBean(VisitService.class);
                for (int session = 0; session < REPETITIONS_PER_TABLET / 10; session++) {
                    long client = studio.getBean(ClientService.class).create(new ClientDraft("Client " + day + "-" + t + "-" + session + " "
                            + UUID.randomUUID().toString().substring(0, 8), null, 1980, null, null)).id();
                    Visit visit = visits.startOrResume(UUID.randomUUID(), client, therapist);
                    visits.recordPain(UUID.randomUUID(), visit.id(), com.stretchkiosk.visit.PainMoment.BEFORE, 2);
                    tenRepetitions(visits, visit, stretches, session == 0, (stretch, rep) -> null);
                    visits.end(visit.id(), null);
                }
                return null;
            })));
        }
        for (Future<?> one : done) {
            one.get();
        }
        tablets.shutdown();
    }

    /** A regular: weekly sessions of 10 repetitions with ranges, a pain stop in every tenth; returns the chain-wide id. */
    private static String regularClient(ConfigurableApplicationContext studio) {
        return asManager(studio, () -> {
            List<Stretch> stretches = studio.getBean(CatalogService.class).activeStretches();
            long therapist = studio.getBean(TherapistService.class).add("Regular's therapist " + UUID.randomUUID()).id();
            long client = studio.getBean(ClientService.class).create(new ClientDraft("Regular " + UUID.randomUUID().toString().substring(0, 8),
                    null, 1975, "Left shoulder: old injury", null)).id();
            VisitService visits = studio.getBean(VisitService.class);
            for (int session = 0; session < REGULAR_SESSIONS; session++) {
                Visit visit = visits.startOrResume(UUID.randomUUID(), client, therapist);
                visits.recordPain(UUID.randomUUID(), visit.id(), com.stretchkiosk.visit.PainMoment.BEFORE, 3);
                int week = session;
                tenRepetitions(visits, visit, stretches, session % 10 == 0, (stretch, rep) ->
                        stretch.rangeMin() + (week + rep) % Math.max(1, stretch.rangeMax() - stretch.rangeMin()));
                visits.recordPain(UUID.randomUUID(), visit.id(), com.stretchkiosk.visit.PainMoment.AFTER, 1);
                visits.end(visit.id(), "Session " + (session + 1) + ": steady");
            }
            return studio.getBean(HubSyncService.class).chainIdOf(client).orElseThrow();
        });
    }

    /**
     * Ten repetitions through the catalog's stretches (left sides where sided), the last one stopped for pain when
     * asked; each with the range given for its stretch and number (none when null), pressure 3.
     */
    private static void tenRepetitions(VisitService visits, Visit visit, List<Stretch> stretches, boolean stopLast,
            java.util.function.BiFunction<Stretch, Integer, Integer> range) {
        for (int rep = 0; rep < 10; rep++) {
            Stretch stretch = stretches.get(rep % stretches.size());
            Side side = stretch.sided() ? Side.LEFT : Side.NONE;
            int repetition = rep / stretches.size() + 1;
            if (stopLast && rep == 9) {
                visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(), stretch.id(), side, repetition,
                        null, null, null, null));
            } else {
                visits.recordAttempt(new AttemptDraft(UUID.randomUUID(), visit.id(), stretch.id(), side, repetition, Outcome.COMPLETED,
                        range.apply(stretch, rep), 3, null, null, range.apply(stretch, rep) == null ? null : 30, java.util.Set.of(), null));
            }
        }
    }

    /** Milliseconds until the hub's answer about a client is in; it must answer. */
    private static double ask(HttpClient http, int hubPort, String credential, String chainClientId, String what) throws Exception {
        long begun = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + hubPort + HubProtocol.CLIENTS_PATH + "/"
                + chainClientId + "/" + what)).header("Authorization", "Bearer " + credential).GET().build(), HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - begun) / 1e6;
        if (answer.statusCode() != 200 || !answer.body().contains("stretch")) {
            throw new IllegalStateException("The hub answered " + answer.statusCode() + " " + answer.body());
        }
        return millis;
    }

    private static String syntheticDay(int count) {
        StringBuilder json = new StringBuilder("{\"records\":[");
        String client = UUID.randomUUID().toString();
        json.append("{\"kind\":\"client\",\"key\":\"row:1\",\"chainClientId\":\"").append(client)
                .append("\",\"columns\":{\"id\":1,\"full_name\":\"Synthetic Client\"},\"version\":1}");
        for (int i = 1; i < count; i++) {
            json.append(",").append("{\"kind\":\"attempt\",\"key\":\"").append(UUID.randomUUID())
                    .append("\",\"chainClientId\":\"").append(client).append("\",\"columns\":{\"repetition\":1,\"side\":\"LEFT\",")
                    .append("\"outcome\":\"COMPLETED\",\"pressure\":3,\"recorded_at\":").append(System.currentTimeMillis()).append("},\"version\":")
                    .append(i + 1).append("}");
        }
        return json.append("]}").toString();
    }

    private static <T> T asManager(ConfigurableApplicationContext kiosk, java.util.concurrent.Callable<T> action) {
        return com.stretchkiosk.base.AsManager.run(kiosk, action);
    }
}
