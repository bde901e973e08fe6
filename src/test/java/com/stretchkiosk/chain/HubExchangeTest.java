package com.stretchkiosk.chain;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskApplication;
import com.stretchkiosk.base.TestPostgres;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.PainStopTap;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitService;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import com.vaadin.flow.component.UI;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A hub and a studio in one test run, as a chain runs them: the hub on a real PostgreSQL, the studio on its SQLite
 * file, talking HTTP. The studio's rows reach the hub by their ids; a resend stores nothing twice; a cut in the
 * middle (the hub down) loses and duplicates nothing; a studio's credential cannot write another studio's facts.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class HubExchangeTest {

    private static int hubPort;
    private static String hubDatabase;
    private static ConfigurableApplicationContext hub;
    private static ConfigurableApplicationContext studio;
    private static String studioA;
    private static String studioB;

    @BeforeAll
    static void hubAndStudio() throws IOException {
        hubDatabase = TestPostgres.freshDatabase("kiosk_hub");
        try (ServerSocket socket = new ServerSocket(0)) {
            hubPort = socket.getLocalPort();
        }
        hub = startHub();
        studioA = asManager(hub, () -> hub.getBean(HubService.class).addStudio("Studio A"));
        studioB = asManager(hub, () -> hub.getBean(HubService.class).addStudio("Studio B"));
        studio = new SpringApplicationBuilder(KioskApplication.class).run("--server.port=0",
                "--kiosk.database-path=" + Files.createTempDirectory("kiosk-studio").resolve("kiosk.db"),
                "--kiosk.hub.address=http://localhost:" + hubPort, com.stretchkiosk.base.HubCredentialFile.setting(studioA), "--kiosk.hub.every=PT1H",
                "--spring.main.banner-mode=off");
    }

    private static ConfigurableApplicationContext startHub() throws IOException {
        return new SpringApplicationBuilder(KioskApplication.class).run("--server.port=" + hubPort,
                "--kiosk.database-path=" + Files.createTempDirectory("kiosk-hub-unused").resolve("unused.db"),
                "--kiosk.database-url=" + hubDatabase, "--kiosk.database-user=" + TestPostgres.user(),
                "--kiosk.database-password=" + TestPostgres.password(), "--kiosk.hub.enabled=true", "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stop() {
        if (studio != null) {
            studio.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void a_studios_facts_reach_the_hub_once_survive_a_cut_and_cannot_be_written_by_another_studio() throws Exception {
        // A session at studio A: a client, a repetition stopped for sharp pain.
        String[] chainId = new String[1];
        String stopFactId = asManager(studio, () -> {
            long therapist = studio.getBean(TherapistService.class).add("Ana at A").id();
            var client = studio.getBean(ClientService.class).create(new ClientDraft("Chain Client", null, 1970, null, null));
            chainId[0] = studio.getBean(HubSyncService.class).chainIdOf(client.id()).orElseThrow();
            Visit visit = studio.getBean(VisitService.class).startOrResume(UUID.randomUUID(), client.id(), therapist);
            Stretch levator = studio.getBean(CatalogService.class).activeStretches().stream()
                    .filter(s -> s.name().equals("Levator scapulae")).findFirst().orElseThrow();
            UUID stop = UUID.randomUUID();
            studio.getBean(VisitService.class).recordPainStop(new PainStopTap(UUID.randomUUID(), stop, visit.id(), levator.id(),
                    Side.LEFT, 1, 6, null, null, null));
            return stop.toString();
        });
        HubSyncService sender = studio.getBean(HubSyncService.class);
        HubService chain = hub.getBean(HubService.class);
        long a = chain.studios().stream().filter(s -> s.name().equals("Studio A")).findFirst().orElseThrow().id();

        assertThat(sender.send()).as("the studio's whole history, catalog first").isGreaterThan(10);
        assertThat(chain.count("pain_stop", a)).isEqualTo(1);
        assertThat(chain.count("visit", a)).isEqualTo(1);
        assertThat(chain.count("stretch", a)).isEqualTo(7);
        assertThat(chain.recordOf(chainId[0])).as("the client's record at the hub, by the chain-wide id")
                .anyMatch(body -> body.contains(stopFactId));
        assertThat(sender.contact().waiting()).isZero();
        assertThat(sender.contact().reachedAt()).isNotNull();
        assertThat(chain.studios()).filteredOn(s -> s.name().equals("Studio A")).singleElement()
                .as("the chain's figures: A's session and pain stop of the last four weeks")
                .satisfies(figures -> assertThat(List.of(figures.sessions(), figures.painStops())).containsExactly(1, 1));
        int rowsAtHub = total(chain, a);

        // The acknowledgement lost: the studio sends it all again; the hub stores nothing twice.
        studio.getBean(DSLContext.class).execute("UPDATE hub_cursor SET last_sent_id = 0");
        assertThat(sender.send()).isGreaterThan(10);
        assertThat(total(chain, a)).isEqualTo(rowsAtHub);

        // A cut: the hub is down while studio A keeps working; nothing is lost, nothing doubled, once it is back.
        hub.close();
        asManager(studio, () -> studio.getBean(ClientService.class).create(new ClientDraft("Walk-in During Outage", null, null, null, null)));
        assertThat(sender.send()).isZero();
        assertThat(sender.contact().failedAt()).isNotNull();
        assertThat(sender.contact().waiting()).as("kept for later").isPositive();
        hub = startHub();
        chain = hub.getBean(HubService.class);
        assertThat(sender.send()).isPositive();
        assertThat(sender.contact().waiting()).isZero();
        assertThat(chain.count("client", a)).isEqualTo(2);
        assertThat(total(chain, a)).isEqualTo(rowsAtHub + 1);

        // Studio B's credential, writing studio A's pain stop: refused, and A's stays A's.
        String forged = "{\"records\":[{\"kind\":\"pain_stop\",\"key\":\"" + stopFactId + "\",\"chainClientId\":\"" + chainId[0] + "\","
                + "\"columns\":{\"voided_at\":1,\"void_reason\":\"forged\"},\"version\":999999}]}";
        HttpResponse<String> refused = post(studioB, forged);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("\"refused\":1").contains("\"stored\":0");
        assertThat(chain.recordOf(chainId[0])).noneMatch(body -> body.contains("forged"));
        assertThat(post("not-a-credential-the-hub-issued", forged).statusCode()).isEqualTo(401);
        assertThat(hub.getBean(DSLContext.class).fetchCount(com.stretchkiosk.db.Tables.AUDIT_EVENT,
                com.stretchkiosk.db.Tables.AUDIT_EVENT.ACTION.eq("HUB_RECEIVED").and(com.stretchkiosk.db.Tables.AUDIT_EVENT.OUTCOME.eq("DENIED"))))
                .as("every exchange audited, the refused ones too").isGreaterThanOrEqualTo(2);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void a_client_seen_at_studio_a_has_a_standing_pain_stop_there_as_a_caution_at_studio_b() throws Exception {
        String[] chainId = new String[1];
        asManager(studio, () -> {
            long therapist = studio.getBean(TherapistService.class).add("Bo at A").id();
            var client = studio.getBean(ClientService.class).create(new ClientDraft("Across Studios", "0170 555 01", 1985, "Knee surgery 2024", null));
            chainId[0] = studio.getBean(HubSyncService.class).chainIdOf(client.id()).orElseThrow();
            VisitService visits = studio.getBean(VisitService.class);
            Visit visit = visits.startOrResume(UUID.randomUUID(), client.id(), therapist);
            var catalog = studio.getBean(CatalogService.class).activeStretches();
            Stretch levator = catalog.stream().filter(s -> s.name().equals("Levator scapulae")).findFirst().orElseThrow();
            Stretch crocodile = catalog.stream().filter(s -> s.name().equals("Crocodile pose")).findFirst().orElseThrow();
            visits.recordPain(UUID.randomUUID(), visit.id(), com.stretchkiosk.visit.PainMoment.BEFORE, 3);
            visits.recordAttempt(new com.stretchkiosk.visit.AttemptDraft(UUID.randomUUID(), visit.id(), levator.id(), Side.RIGHT, 1,
                    com.stretchkiosk.visit.Outcome.COMPLETED, 7, 5, null, null, 30, java.util.Set.of(), null));
            visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(), levator.id(), Side.LEFT, 1, 6, null, null, null));
            UUID undone = UUID.randomUUID();
            visits.recordPainStop(new PainStopTap(UUID.randomUUID(), undone, visit.id(), crocodile.id(), Side.NONE, 1, 4, null, null, null));
            visits.undo(new com.stretchkiosk.visit.FactRef(com.stretchkiosk.visit.FactRef.Kind.PAIN_STOP, undone.toString()), "Tapped by mistake");
            return null;
        });
        studio.getBean(HubSyncService.class).send();

        try (ConfigurableApplicationContext studioAtB = new SpringApplicationBuilder(KioskApplication.class).run("--server.port=0",
                "--kiosk.database-path=" + Files.createTempDirectory("kiosk-studio-b").resolve("kiosk.db"),
                "--kiosk.hub.address=http://localhost:" + hubPort, com.stretchkiosk.base.HubCredentialFile.setting(studioB), "--kiosk.hub.every=PT1H",
                "--spring.main.banner-mode=off")) {
            HubSyncService atB = studioAtB.getBean(HubSyncService.class);
            var found = atB.findInChain(ChainQuery.typed("Across Studios")).answer().orElseThrow();
            assertThat(found).extracting(ChainClient::fullName, ChainClient::studio, ChainClient::birthYear)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Across Studios", "Studio A", 1985));
            ChainClient there = found.getFirst();

            // At studio B's tablet: the name is not found here; "Search the chain", "Bring over", and the client's page
            // opens with A's standing pain stop first.
            long local = onTablet(studioAtB, () -> {
                UI.getCurrent().navigate("");
                _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withPlaceholder("Name or phone")), "Across Studios");
                _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Search the chain for “Across Studios”")));
                _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Bring over")));
                _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Booked a session here")));
                assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                        .isInstanceOf(com.stretchkiosk.client.ui.ClientDetailsView.class);
                com.stretchkiosk.chain.ui.ChainBriefing chain = _get(com.stretchkiosk.chain.ui.ChainBriefing.class);
                String cautions = answered(chain);
                assertThat(cautions).contains("Studio A").contains("Levator scapulae, Left").contains("depth 6").doesNotContain("Crocodile");
                // The rest of A's record follows this studio's (empty) briefing: the session in full, the ranges there.
                assertThat(chain.sessions().isVisible()).isTrue();
                assertThat(chain.sessions().getElement().getTextRecursively())
                        .contains("Latest there: ").contains(" at Studio A · pain 3 → —")
                        .contains("Levator scapulae, Left: ✕ sharp-pain stop at depth 6")
                        .contains("Levator scapulae, Right: depth 7")
                        .contains("Levator scapulae, Right at Studio A: depth 7 on ").contains("one session")
                        .contains("1 session there").contains("2 repetitions").contains("1 pain stop")
                        .doesNotContain("Crocodile");
                return studioAtB.getBean(ClientService.class).search("Across Studios").getFirst().id();
            });
            assertThat(asManager(studioAtB, () -> studioAtB.getBean(ClientService.class).open(local).precautions())).isEqualTo("Knee surgery 2024");
            assertThat(asManager(studioAtB, () -> studioAtB.getBean(ClientService.class).bringOver(new ClientDraft(there.fullName(), null,
                    null, null, null), there.chainClientId()).id())).as("brought over once").isEqualTo(local);

            // At the table at studio B: A's standing stop joins the session's cautions once the hub has answered.
            onTablet(studioAtB, () -> {
                long therapist = studioAtB.getBean(TherapistService.class).add("Cy at B").id();
                long visit = studioAtB.getBean(VisitService.class).startOrResume(UUID.randomUUID(), local, therapist).id();
                UI.getCurrent().navigate("sessions/" + visit);
                long until = System.nanoTime() + 5_000_000_000L;
                while (com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.ListItem.class,
                        spec -> spec.withClasses("kiosk-caution-stop")).isEmpty() && System.nanoTime() < until) {
                    com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
                    Thread.sleep(20);
                }
                assertThat(_get(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withClasses("kiosk-caution-stop")).getText())
                        .startsWith("At Studio A: ").contains("Levator scapulae").contains("Left").contains("depth 6");
                assertThat(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("kiosk-badge-caution")).getText())
                        .as("the precautions and A's stop").isEqualTo("⚠ 2 cautions");
                // B has the same stretch: A's stop marks its tile and sets "stay below" on its left side, as one of B's would.
                assertThat(com.stretchkiosk.visit.ui.OnSessionScreen.shown("Levator scapulae")).contains("depth 6");
                com.stretchkiosk.visit.ui.OnSessionScreen.pick("Levator scapulae");
                assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Span.class).stream()
                        .map(com.vaadin.flow.component.html.Span::getText)).contains("⚠ Stay below depth 6: unresolved pain stop");
                return null;
            });

            // B's session reaches the hub: the chain's manager sees the client counted once, and seen at two studios.
            assertThat(atB.send()).isPositive();
            onTablet(hub, () -> {
                UI.getCurrent().navigate("manager/chain");
                String figures = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("kiosk-chain-figures")).getText();
                assertThat(figures).contains("1 client seen at more than one studio");
                ChainFigures chain = hub.getBean(HubService.class).figures();
                assertThat(chain.clientsOfSeveralStudios()).isEqualTo(1);
                assertThat(chain.studios()).filteredOn(s -> s.name().equals("Studio B")).singleElement()
                        .satisfies(b -> assertThat(List.of(b.sessions(), b.clients(), b.repetitions(), b.painStops())).containsExactly(1, 1, 0, 0));
                assertThat(chain.studios()).filteredOn(s -> s.name().equals("Studio A")).singleElement()
                        .as("A's two sessions of two clients, their three repetitions and two stops; the undone stop left out")
                        .satisfies(a -> assertThat(List.of(a.sessions(), a.clients(), a.repetitions(), a.painStops())).containsExactly(2, 2, 3, 2));
                return null;
            });

            ChainRecord record = atB.recordOf(chainId[0]).record();
            assertThat(record.visits()).singleElement().satisfies(visit -> {
                assertThat(visit.studio()).isEqualTo("Studio A");
                assertThat(visit.painBefore()).isEqualTo(3);
                assertThat(visit.attempts()).extracting(ChainAttempt::side, ChainAttempt::range, ChainAttempt::painStop)
                        .as("the undone stop on the crocodile pose is not told")
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("RIGHT", 7, false), org.assertj.core.groups.Tuple.tuple("LEFT", 6, true));
            });
            assertThat(hub.getBean(DSLContext.class).fetchCount(com.stretchkiosk.db.Tables.AUDIT_EVENT,
                    com.stretchkiosk.db.Tables.AUDIT_EVENT.ACTION.eq("HUB_RECORD_READ").and(com.stretchkiosk.db.Tables.AUDIT_EVENT.OUTCOME.eq("OK"))))
                    .as("each read of a client's record audited").isGreaterThanOrEqualTo(2);
            HubSyncService.ChainCautions cautions = atB.cautionsOf(chainId[0]);
            assertThat(cautions.reached()).isTrue();
            assertThat(cautions.cautions()).as("the standing stop, not the one undone").singleElement().satisfies(caution -> {
                assertThat(caution.studio()).isEqualTo("Studio A");
                assertThat(caution.stretch()).isEqualTo("Levator scapulae");
                assertThat(caution.side()).isEqualTo("LEFT");
                assertThat(caution.rangeAtStop()).isEqualTo(6);
                assertThat(caution.unit()).isEqualTo("DEPTH");
            });
            assertThat(studio.getBean(HubSyncService.class).cautionsOf(chainId[0]).cautions())
                    .as("studio A is not told its own stops by the hub: it holds them").isEmpty();

            hub.close();
            assertThat(atB.cautionsOf(chainId[0]).reached()).as("out of reach is said, not shown as no caution").isFalse();
            onTablet(studioAtB, () -> {
                UI.getCurrent().navigate("clients/" + local);
                com.stretchkiosk.chain.ui.ChainBriefing chain = _get(com.stretchkiosk.chain.ui.ChainBriefing.class);
                assertThat(answered(chain)).contains("could not be checked");
                assertThat(chain.sessions().isVisible()).as("no sessions shown as if there were none elsewhere").isFalse();
                return null;
            });
            hub = startHub();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void a_revoked_studio_keeps_working_alone_and_says_the_hub_refuses_its_credential() throws Exception {
        HubService chain = hub.getBean(HubService.class);
        long a = chain.studios().stream().filter(s -> s.name().equals("Studio A")).findFirst().orElseThrow().id();
        asManager(hub, () -> {
            chain.revoke(a);
            return null;
        });
        HubSyncService sender = studio.getBean(HubSyncService.class);
        String chainId = asManager(studio, () -> sender.chainIdOf(studio.getBean(ClientService.class)
                .create(new ClientDraft("After Revocation", null, null, null, null)).id()).orElseThrow());

        assertThat(sender.send()).isZero();
        assertThat(sender.contact().waiting()).as("kept, in case the credential is renewed").isPositive();
        assertThat(sender.contact().credentialRefused()).isTrue();
        assertThat(sender.cautionsOf(chainId).reached()).as("no answer is never shown as no caution").isFalse();
        onTablet(studio, () -> {
            UI.getCurrent().navigate("");
            assertThat(_get(com.stretchkiosk.chain.ui.HubStatus.class).getText())
                    .contains("no longer accepts this studio's credential").contains("this studio works as usual");
            return null;
        });
    }

    private static int total(HubService chain, long studioId) {
        return HubService.KINDS.stream().mapToInt(kind -> chain.count(kind, studioId)).sum();
    }

    private static HttpResponse<String> post(String credential, String json) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + hubPort + HubProtocol.RECORDS_PATH))
                .header("Authorization", "Bearer " + credential).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The list's words once the hub has answered (it asks in the background): waits, running the UI's queue. */
    private static String answered(com.stretchkiosk.chain.ui.ChainBriefing list) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (list.getElement().getTextRecursively().contains("Checking") && System.nanoTime() < until) {
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
            Thread.sleep(20);
        }
        return list.getElement().getTextRecursively();
    }

    /** Taps through the kiosk's screens (Karibu's mocked Vaadin over that kiosk), signed in as its manager. */
    private static <T> T onTablet(ConfigurableApplicationContext kiosk, Callable<T> taps) {
        var routes = new com.github.mvysny.kaributesting.v10.Routes().autoDiscoverViews("com.stretchkiosk");
        com.github.mvysny.kaributesting.v10.MockVaadin.setup(UI::new,
                new com.github.mvysny.kaributesting.v10.spring.MockSpringServlet(routes, kiosk, UI::new));
        try {
            return asManager(kiosk, () -> {
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                var request = (com.github.mvysny.fakeservlet.FakeRequest) com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest();
                request.setUserPrincipalInt(authentication);
                request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                        .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
                return taps.call();
            });
        } finally {
            com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        }
    }

    private static <T> T asManager(ConfigurableApplicationContext kiosk, java.util.concurrent.Callable<T> action) {
        return com.stretchkiosk.base.AsManager.run(kiosk, action);
    }
}
