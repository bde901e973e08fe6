package com.stretchkiosk.bench;

import static com.stretchkiosk.db.Tables.VISIT;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.stretchkiosk.KioskApplication;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.demo.DemoDataService;
import com.stretchkiosk.demo.DemoStudio;
import com.stretchkiosk.demo.DemoStudioSummary;
import com.stretchkiosk.history.HistoryService;
import com.vaadin.flow.component.UI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The speed targets of the briefing and the client search, measured on the large demo studio (50,000
 * clients, one with ten years of weekly visits). Run with {@code ./kiosk bench}; the first run generates
 * the studio into target/bench/ (a few minutes), later runs reuse it. Prints median, 95th percentile and
 * worst time of each operation in server time.
 */
public final class KioskBenchmark {

    static final double BRIEFING_TARGET_MILLIS = 150;
    static final double SEARCH_TARGET_MILLIS = 30;
    private static final int WARM_UP = 10;
    private static final int RUNS = 40;

    private KioskBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // The kiosk's jar runs in production mode, where Vaadin does not track where each component was created.
        // Its tracker decides once per JVM, at the first service it meets: here that is Karibu's mock (development
        // mode), which would make the measured server record a stack trace at every component's creation and attach.
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
        if ("chain".equals(System.getProperty("bench.only"))) {
            System.out.println("Only the chain benchmark (-Dbench.only=chain).");
            ChainBenchmark.run();
            return;
        }
        Path database = Path.of(System.getProperty("bench.database", "target/bench/large.db"));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KioskApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("kiosk.database-path=" + database, "logging.level.root=WARN", "kiosk.time-zone=Europe/Berlin",
                        "server.port=0", "vaadin.productionMode=true", "kiosk.security.failed-sign-in-delay=PT0.05S")
                .run()) {
            DemoDataService demo = context.getBean(DemoDataService.class);
            if (demo.isEmpty()) {
                System.out.println("Generating the large studio into " + database + " (once; a few minutes)...");
                DemoStudioSummary made = demo.create(DemoStudio.large(20261123));
                System.out.printf(Locale.ROOT, "Generated %,d clients, %,d visits, %,d attempts, %,d pain stops in %,d ms%n",
                        made.clients(), made.visits(), made.attempts(), made.painStops(), made.millis());
            }
            DSLContext db = context.getBean(DSLContext.class);
            long loyal = db.select(VISIT.CLIENT_ID).from(VISIT).groupBy(VISIT.CLIENT_ID)
                    .orderBy(DSL.count().desc()).limit(1).fetchSingle(VISIT.CLIENT_ID);
            int visits = db.fetchCount(VISIT, VISIT.CLIENT_ID.eq(loyal));
            HistoryService history = context.getBean(HistoryService.class);
            ClientService clients = context.getBean(ClientService.class);

            MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("com.stretchkiosk"), context, UI::new));
            try {
                signInAsManager(context.getBean(com.stretchkiosk.therapist.TherapistService.class));
                DisplayLag.addHoldStretch(context.getBean(com.stretchkiosk.catalog.CatalogService.class));
                if ("display".equals(System.getProperty("bench.only"))) {
                    System.out.println("Only the client display benchmark (-Dbench.only=display).");
                } else if ("taps".equals(System.getProperty("bench.only"))) {
                    System.out.println("Only the tap benchmarks (-Dbench.only=taps): on this machine's network and on a slow Wi-Fi.");
                } else if ("load".equals(System.getProperty("bench.only"))) {
                    LoadBenchmark.run(context, loyal);
                    return;
                } else {
                    serverTimes(loyal, visits, history, clients);
                    LoadBenchmark.run(context, loyal);
                }
            } finally {
                MockVaadin.tearDown();
            }
            Path chromium = com.stretchkiosk.e2e.HeadlessChromium.EXECUTABLE;
            if (!"display".equals(System.getProperty("bench.only"))) {
                System.out.println();
                TapLatency.run(context, chromium, MANAGER, PASSWORD);
                WifiTaps.run(context, chromium, MANAGER, PASSWORD);
            }
            DisplayLag.run(context, chromium, MANAGER, PASSWORD);
        }
        if (!"display".equals(System.getProperty("bench.only")) && !"taps".equals(System.getProperty("bench.only"))) {
            ChainBenchmark.run();
        }
    }

    /** The briefing and the search in server time, through the real views and services. */
    private static void serverTimes(long loyal, int visits, HistoryService history, ClientService clients) {
        System.out.printf(Locale.ROOT, "%nClient %d has %d visits.%n%n", loyal, visits);
        System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s %9s%n", "operation", "median", "p95", "worst", "target");
        report("briefing data (queries and verdicts)", BRIEFING_TARGET_MILLIS, measure(() -> history.briefing(loyal)));
        report("client page with briefing (whole view)", BRIEFING_TARGET_MILLIS, measure(() -> {
            UI.getCurrent().navigate("clients/new");
        }, () -> {
            UI.getCurrent().navigate("clients/" + loyal);
            if (!(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()
                    instanceof com.stretchkiosk.client.ui.ClientDetailsView)) {
                throw new IllegalStateException("The benchmark did not reach the client page");
            }
        }));
        List<String> keystrokes = new ArrayList<>();
        for (String query : List.of("anna müller", "kowalski", "zo", "0151 23", "ben o")) {
            for (int i = 1; i <= query.length(); i++) {
                keystrokes.add(query.substring(0, i));
            }
        }
        List<Double> perKeystroke = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String typed : keystrokes) {
                long start = System.nanoTime();
                clients.search(typed);
                perKeystroke.add((System.nanoTime() - start) / 1e6);
            }
        }
        report("client search, per keystroke (" + keystrokes.size() + " queries x3)", SEARCH_TARGET_MILLIS,
                perKeystroke.subList(keystrokes.size(), perKeystroke.size()));
    }

    private static final String MANAGER = "Benchmark Manager";
    private static final String PASSWORD = "benchmark pass phrase";

    /** The client page is for signed-in people: the benchmark signs in as the studio's manager. */
    private static void signInAsManager(com.stretchkiosk.therapist.TherapistService therapists) {
        if (therapists.needsFirstManager()) {
            therapists.createFirstManager(MANAGER, PASSWORD, PASSWORD);
        }
        var manager = therapists.accounts().stream().filter(a -> a.isManager() && !a.deactivated()).findFirst().orElseThrow();
        var user = new com.stretchkiosk.base.StudioUser(manager.id(), manager.displayName(), "MANAGER", "");
        var authentication = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                user, null, user.getAuthorities());
        var security = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        security.setAuthentication(authentication);
        org.springframework.security.core.context.SecurityContextHolder.setContext(security);
        var request = (com.github.mvysny.fakeservlet.FakeRequest) com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> true);
    }

    private static List<Double> measure(Runnable operation) {
        return measure(() -> { }, operation);
    }

    /** Runs {@code before} untimed and {@code operation} timed, after a warm-up. */
    private static List<Double> measure(Runnable before, Runnable operation) {
        for (int i = 0; i < WARM_UP; i++) {
            before.run();
            operation.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            before.run();
            long start = System.nanoTime();
            operation.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    static double percentile(List<Double> millis, double fraction) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[(int) Math.ceil(sorted.length * fraction) - 1];
    }

    /** One row: median, 95th percentile and worst against the target (none when the target is NaN). */
    static void report(String operation, double target, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        double p95 = percentile(millis, 0.95);
        double worst = sorted[sorted.length - 1];
        System.out.printf(Locale.ROOT, "%-44s %7.1f ms %7.1f ms %7.1f ms %s%n", operation, median, p95, worst,
                Double.isNaN(target) ? "  (reference)" : String.format(Locale.ROOT, "%7.0f ms %s", target, p95 <= target ? "met" : "MISSED"));
        if (Arrays.stream(sorted).anyMatch(Double::isNaN)) {
            throw new IllegalStateException("no timing");
        }
    }
}
