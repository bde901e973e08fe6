package com.stretchkiosk.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskApplication;
import com.stretchkiosk.base.AsManager;
import com.stretchkiosk.base.TestPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The probes of a chain's trust, each as a studio would send it: a real hub on PostgreSQL, three studios' credentials,
 * the hub's API over HTTP. Studio A holds a client with a standing pain stop; studio C brought her over; studio B tries
 * what a stolen or careless credential would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class HubTrustTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CLIENT = UUID.randomUUID().toString();
    private static final String STOP = UUID.randomUUID().toString();
    private static final int SEARCHES_PER_MINUTE = 8;
    private static final int READS_PER_MINUTE = 25;

    private static int port;
    private static ConfigurableApplicationContext hub;
    private static String studioA;
    private static String studioB;
    private static String studioC;
    private static long idOfB;

    @BeforeAll
    static void hubWithThreeStudios() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        hub = new SpringApplicationBuilder(KioskApplication.class).run("--server.port=" + port,
                "--kiosk.database-path=" + Files.createTempDirectory("kiosk-hub-unused").resolve("unused.db"),
                "--kiosk.database-url=" + TestPostgres.freshDatabase("kiosk_trust"), "--kiosk.database-user=" + TestPostgres.user(),
                "--kiosk.database-password=" + TestPostgres.password(), "--kiosk.hub.enabled=true", "--spring.main.banner-mode=off",
                "--kiosk.hub.searches-per-minute=" + SEARCHES_PER_MINUTE, "--kiosk.hub.reads-per-minute=" + READS_PER_MINUTE);
        HubService chain = hub.getBean(HubService.class);
        studioA = AsManager.run(hub, () -> chain.addStudio("Studio A"));
        studioB = AsManager.run(hub, () -> chain.addStudio("Studio B"));
        studioC = AsManager.run(hub, () -> chain.addStudio("Studio C"));
        idOfB = chain.studios().stream().filter(studio -> studio.name().equals("Studio B")).findFirst().orElseThrow().id();

        // Studio A: Mallory Example, a session, a repetition stopped for sharp pain on its stretch 3 (left side).
        Map<String, Object> stop = stopColumns(null);
        HttpResponse<String> sent = post(studioA, batch(
                row("stretch", "row:3", null, Map.of("id", 3, "name", "Levator scapulae", "unit", "DEPTH"), 1),
                row("client", "row:1", CLIENT, Map.of("id", 1, "full_name", "Mallory Example", "birth_year", 1980, "phone", "0170 555 0101",
                        "precautions", "Left shoulder"), 2),
                row("visit", UUID.randomUUID().toString(), CLIENT, Map.of("id", 11, "client_id", 1, "started_at", System.currentTimeMillis()), 3),
                row("attempt", UUID.randomUUID().toString(), CLIENT, Map.of("id", 21, "visit_id", 11, "stretch_id", 3, "side", "LEFT",
                        "repetition", 1, "outcome", "STOPPED_FOR_PAIN", "range_reached", 5, "recorded_at", System.currentTimeMillis()), 4),
                row("pain_stop", STOP, CLIENT, stop, 5)));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("\"stored\":5").contains("\"refused\":0");

        // Studio C brings her over (a front desk's search, then the link, with who and why).
        assertThat(names(get(studioC, search("Mallory Example", null, null)))).containsExactly("Mallory Example");
        assertThat(link(studioC, CLIENT).statusCode()).isEqualTo(200);
        assertThat(cautionsAtC()).containsExactly("Studio A: Levator scapulae: LEFT: 5");
    }

    @AfterAll
    static void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    @Order(1)
    void another_studio_cannot_add_facts_for_a_client_it_never_brought_over() throws Exception {
        Map<String, Object> invented = new LinkedHashMap<>(stopColumns(null));
        invented.put("id", 99);
        HttpResponse<String> forged = post(studioB, batch(
                row("stretch", "row:3", null, Map.of("id", 3, "name", "Invented stretch", "unit", "DEPTH"), 1),
                row("visit", UUID.randomUUID().toString(), CLIENT, Map.of("id", 11, "client_id", 1, "started_at", System.currentTimeMillis()), 2),
                row("attempt", UUID.randomUUID().toString(), CLIENT, Map.of("id", 21, "visit_id", 11, "stretch_id", 3, "side", "LEFT",
                        "repetition", 1, "outcome", "STOPPED_FOR_PAIN", "range_reached", 5, "recorded_at", System.currentTimeMillis()), 3),
                row("pain_stop", UUID.randomUUID().toString(), CLIENT, invented, 4)));

        assertThat(forged.statusCode()).isEqualTo(200);
        JsonNode receipt = JSON.readTree(forged.body());
        assertThat(receipt.path("stored").asInt()).as("B's own stretch only").isEqualTo(1);
        assertThat(receipt.path("refused").asInt()).isEqualTo(3);
        assertThat(receipt.path("refusals").get(0).path("reason").asString()).contains("Studio A").contains("not brought over");
        assertThat(cautionsAtC()).as("no false caution").containsExactly("Studio A: Levator scapulae: LEFT: 5");
        assertThat(audited("HUB_RECEIVED", "DENIED")).isPositive();
    }

    @Test
    @Order(2)
    void only_a_clients_home_studio_says_who_they_are() throws Exception {
        HttpResponse<String> renamed = post(studioB, batch(row("client", "row:7", CLIENT, Map.of("id", 7, "full_name", "Mallory Renamed"), 9)));
        assertThat(JSON.readTree(renamed.body()).path("refused").asInt()).isEqualTo(1);
        assertThat(renamed.body()).contains("only their home studio says who they are");

        assertThat(names(get(studioC, search("Mallory Renamed", null, null)))).isEmpty();
        assertThat(names(get(studioC, search("mallory example", null, null)))).as("case aside").containsExactly("Mallory Example");
        // A claim on a new id of its own is B's client, not a second Mallory of A's.
        assertThat(hub.getBean(HubService.class).recordOf(CLIENT)).noneMatch(body -> body.contains("Renamed"));
    }

    @Test
    @Order(3)
    void a_search_needs_what_a_front_desk_knows_and_answers_name_birth_year_and_home_studio_only() throws Exception {
        for (String prefix : List.of("ma", "mallory", "Mal Exa", "Mallory E")) {
            assertThat(names(get(studioB, search(prefix, null, null)))).as(prefix).isEmpty();
        }
        assertThat(names(get(studioB, search("mallory", 1981, null)))).as("another birth year").isEmpty();
        HttpResponse<String> withYear = get(studioB, search("Mallory", 1980, null));
        assertThat(names(withYear)).containsExactly("Mallory Example");
        JsonNode found = JSON.readTree(withYear.body()).get(0);
        assertThat(found.path("studio").asString()).isEqualTo("Studio A");
        assertThat(found.path("birthYear").asInt()).isEqualTo(1980);
        assertThat(found.path("phone").isNull()).as("no phone before bringing over").isTrue();
        assertThat(found.path("precautions").isNull()).as("no precautions before bringing over").isTrue();
        assertThat(names(get(studioB, search("example", null, "+49 170 555 0101")))).as("a name and the phone's last digits")
                .containsExactly("Mallory Example");
    }

    @Test
    @Order(4)
    void a_record_is_read_only_after_bringing_the_client_over_with_who_and_why() throws Exception {
        HttpResponse<String> before = get(studioB, "/hub/api/clients/" + CLIENT + "/record");
        assertThat(before.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(before.body()).path("problem").asString()).contains("bring them over first");
        assertThat(get(studioB, "/hub/api/clients/" + CLIENT + "/cautions").statusCode()).isEqualTo(403);

        HttpResponse<String> brought = link(studioB, CLIENT);
        assertThat(brought.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(brought.body()).path("phone").asString()).as("who she is, once brought over").isEqualTo("0170 555 0101");
        assertThat(get(studioB, "/hub/api/clients/" + CLIENT + "/record").statusCode()).isEqualTo(200);
        assertThat(hub.getBean(DSLContext.class).fetchOne("SELECT person, reason FROM hub_client_link WHERE studio_id = ? AND chain_client_id = ?",
                idOfB, CLIENT)).isNotNull().satisfies(link -> {
                    assertThat(link.get(0, String.class)).isEqualTo("Front desk");
                    assertThat(link.get(1, String.class)).isEqualTo("Booked a session here");
                });
    }

    @Test
    @Order(5)
    void an_older_version_is_known_and_changes_nothing() throws Exception {
        HttpResponse<String> voided = post(studioA, batch(row("pain_stop", STOP, CLIENT, stopColumns("Tapped by mistake"), 40)));
        assertThat(voided.body()).contains("\"changed\":1");
        assertThat(cautionsAtC()).as("the void reached C").isEmpty();

        HttpResponse<String> replayed = post(studioA, batch(row("pain_stop", STOP, CLIENT, stopColumns(null), 5)));
        assertThat(replayed.body()).contains("\"known\":1").contains("\"changed\":0");
        assertThat(cautionsAtC()).as("a replay never revives a voided stop").isEmpty();

        // A client's new name, then an old message with the old one: the new one stays.
        post(studioA, batch(row("client", "row:1", CLIENT, Map.of("id", 1, "full_name", "Mallory Example-Stone", "birth_year", 1980), 41)));
        post(studioA, batch(row("client", "row:1", CLIENT, Map.of("id", 1, "full_name", "Mallory Example", "birth_year", 1980), 2)));
        assertThat(names(get(studioC, search("Mallory Example Stone", null, null)))).containsExactly("Mallory Example-Stone");
        assertThat(names(get(studioC, search("Mallory Example", null, null)))).isEmpty();
    }

    @Test
    @Order(6)
    void a_studio_that_asks_too_often_waits() throws Exception {
        String studioD = AsManager.run(hub, () -> hub.getBean(HubService.class).addStudio("Studio D"));
        List<Integer> searches = new ArrayList<>();
        for (int i = 0; i < SEARCHES_PER_MINUTE + 3; i++) {
            searches.add(get(studioD, search("Someone Else " + i, null, null)).statusCode());
        }
        assertThat(searches.subList(0, SEARCHES_PER_MINUTE)).containsOnly(200);
        assertThat(searches.subList(SEARCHES_PER_MINUTE, searches.size())).containsOnly(429);
        HttpResponse<String> limited = get(studioD, search("Someone Else", null, null));
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(limited.body()).path("problem").asString()).contains(SEARCHES_PER_MINUTE + " times a minute");

        String own = UUID.randomUUID().toString();
        post(studioD, batch(row("client", "row:1", own, Map.of("id", 1, "full_name", "Dora Own"), 1)));
        List<Integer> reads = new ArrayList<>();
        for (int i = 0; i < READS_PER_MINUTE + 5; i++) {
            reads.add(get(studioD, "/hub/api/clients/" + own + "/cautions").statusCode());
        }
        assertThat(reads.subList(0, READS_PER_MINUTE)).containsOnly(200);
        assertThat(reads.subList(READS_PER_MINUTE, reads.size())).containsOnly(429);
        assertThat(get(studioA, "/hub/api/clients/" + CLIENT + "/cautions").statusCode()).as("another studio's own limit").isEqualTo(200);
        assertThat(post(studioD, batch(row("client", "row:2", UUID.randomUUID().toString(), Map.of("id", 2, "full_name", "Ed Two"), 2)))
                .statusCode()).as("sending is never limited").isEqualTo(200);

        // The chain's manager sees that D asked far more than it sent.
        assertThat(hub.getBean(HubService.class).studios()).filteredOn(studio -> studio.name().equals("Studio D")).singleElement()
                .satisfies(d -> assertThat(d.readsFarMoreThanItSends()).isTrue());
        assertThat(hub.getBean(HubService.class).studios()).filteredOn(studio -> studio.name().equals("Studio A")).singleElement()
                .satisfies(a -> assertThat(a.readsFarMoreThanItSends()).isFalse());
    }

    @Test
    @Order(7)
    void a_revoked_studio_is_refused_and_a_new_credential_takes_it_back() throws Exception {
        HubService chain = hub.getBean(HubService.class);
        AsManager.run(hub, () -> {
            chain.revoke(idOfB);
            return null;
        });
        assertThat(get(studioB, "/hub/api/clients/" + CLIENT + "/cautions").statusCode()).isEqualTo(401);
        assertThat(post(studioB, batch(row("client", "row:8", UUID.randomUUID().toString(), Map.of("id", 8, "full_name", "Late Row"), 50)))
                .statusCode()).isEqualTo(401);
        assertThat(chain.studios()).filteredOn(studio -> studio.name().equals("Studio B")).singleElement()
                .satisfies(b -> assertThat(b.revoked()).isTrue());

        String renewed = AsManager.run(hub, () -> chain.issueCredential(idOfB));
        assertThat(get(renewed, "/hub/api/clients/" + CLIENT + "/cautions").statusCode()).isEqualTo(200);
        assertThat(get(studioB, "/hub/api/clients/" + CLIENT + "/cautions").statusCode()).as("the old credential stays dead").isEqualTo(401);
        assertThat(audited("HUB_STUDIO_REVOKED", "OK")).isEqualTo(1);
        assertThat(audited("HUB_STUDIO_CREDENTIAL_ISSUED", "OK")).isEqualTo(1);
    }

    @Test
    @Order(8)
    void bad_requests_get_400_and_oversized_ones_413_in_json_with_no_error_in_the_log(CapturedOutput log) throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("not JSON", "{\"records\": [");
        bodies.put("no records", "{\"records\": null}");
        bodies.put("a null row", "{\"records\": [null]}");
        bodies.put("a number for a batch", "42");
        bodies.put("a 5,000-character chain id", batch(row("visit", UUID.randomUUID().toString(), "x".repeat(5000), Map.of("id", 1), 1)));
        bodies.put("NUL in a key", batch(row("visit", "a\u0000b", CLIENT, Map.of("id", 1), 1)));
        bodies.put("NUL in a column", batch(row("client", "row:1", CLIENT, Map.of("id", 1, "full_name", "Mallory\u0000"), 99)));
        bodies.put("a 25,000-character note", batch(row("visit", UUID.randomUUID().toString(), CLIENT, Map.of("id", 1, "notes", "n".repeat(25_000)), 1)));
        bodies.put("no version", "{\"records\":[{\"kind\":\"visit\",\"key\":\"" + UUID.randomUUID() + "\",\"chainClientId\":\"" + CLIENT
                + "\",\"columns\":{\"id\":1}}]}");
        bodies.put("an unknown kind", batch(row("therapist", "row:1", null, Map.of("id", 1), 1)));
        bodies.put("a key pretending to be another studio's", batch(row("client", "studio-1:row:1", CLIENT, Map.of("id", 1), 1)));
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            HttpResponse<String> answer = post(studioA, body.getValue());
            assertThat(answer.statusCode()).as(body.getKey()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(body.getKey()).startsWith("application/json");
            assertThat(JSON.readTree(answer.body()).path("problem").asString()).as(body.getKey()).isNotBlank();
        }
        assertThat(get(studioA, "/hub/api/clients/not-a-chain-id/record").statusCode()).isEqualTo(400);
        assertThat(get(studioA, "/hub/api/clients?name=Mallory&born=nineteen-eighty").statusCode()).isEqualTo(400);
        HttpResponse<String> wrongType = HTTP.send(HttpRequest.newBuilder(URI.create(address(HubProtocol.RECORDS_PATH)))
                .header("Authorization", "Bearer " + studioA).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hi"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.body()).contains("\"problem\"");
        assertThat(get(studioA, "/hub/api/nothing-here").statusCode()).isEqualTo(404);

        // Over the limit (4 MB): refused before it is read, whether its length is said or not; and before the credential.
        assertThat(declaredOnly(studioA, 10_000_000)).as("answered on the headers alone, the 10 MB never sent").startsWith("HTTP/1.1 413");
        assertThat(declaredOnly("a guessed credential", 250_000_000)).startsWith("HTTP/1.1 413");
        String overLimit = batch(row("visit", UUID.randomUUID().toString(), CLIENT, Map.of("id", 1, "notes", "n".repeat(4_500_000)), 1));
        HttpResponse<String> untold = HTTP.send(HttpRequest.newBuilder(URI.create(address(HubProtocol.RECORDS_PATH)))
                .header("Authorization", "Bearer " + studioA).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(overLimit.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(untold.statusCode()).as("sent in chunks, without its length: read up to the limit, no further").isEqualTo(413);
        assertThat(JSON.readTree(untold.body()).path("problem").asString()).contains("larger than the hub takes");

        assertThat(post("a guessed credential", batch()).statusCode()).isEqualTo(401);
        assertThat(post("a guessed credential", batch()).headers().firstValue("Location")).as("never the sign-in page").isEmpty();
        assertThat(log.getAll()).as("a studio's mistakes are answered, not logged as the hub's errors").doesNotContain(" ERROR ");
    }

    @Test
    @Order(9)
    void a_new_clients_session_sent_before_the_client_in_one_batch_is_kept() throws Exception {
        // The studio groups a batch's rows by kind: an older client's visit first puts every visit before the new client.
        String newcomer = UUID.randomUUID().toString();
        HttpResponse<String> sent = post(studioC, batch(
                row("visit", UUID.randomUUID().toString(), newcomer, Map.of("id", 12, "client_id", 2, "started_at", System.currentTimeMillis()), 60),
                row("client", "row:2", newcomer, Map.of("id", 2, "full_name", "Nora Newcomer"), 59)));
        assertThat(sent.body()).contains("\"stored\":2").contains("\"refused\":0");
    }

    // --- the studio's side of the API, by hand -----------------------------------------------------------------------

    private static List<String> cautionsAtC() throws Exception {
        HttpResponse<String> answer = get(studioC, "/hub/api/clients/" + CLIENT + "/cautions");
        assertThat(answer.statusCode()).isEqualTo(200);
        List<String> cautions = new ArrayList<>();
        for (JsonNode caution : JSON.readTree(answer.body())) {
            cautions.add(caution.path("studio").asString() + ": " + caution.path("stretch").asString() + ": " + caution.path("side").asString()
                    + ": " + caution.path("rangeAtStop").asString());
        }
        return cautions;
    }

    private static Map<String, Object> stopColumns(String voidReason) {
        Map<String, Object> stop = new LinkedHashMap<>();
        stop.put("id", 31);
        stop.put("attempt_id", 21);
        stop.put("range_at_stop", 5);
        stop.put("occurred_at", 1_700_000_000_000L);
        stop.put("voided_at", voidReason == null ? null : 1_700_000_100_000L);
        stop.put("void_reason", voidReason);
        return stop;
    }

    private static Map<String, Object> row(String kind, String key, String chainClientId, Map<String, ?> columns, long version) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", kind);
        row.put("key", key);
        row.put("chainClientId", chainClientId);
        row.put("columns", columns);
        row.put("version", version);
        return row;
    }

    @SafeVarargs
    private static String batch(Map<String, Object>... rows) {
        return JSON.writeValueAsString(Map.of("records", List.of(rows)));
    }

    private static String search(String name, Integer born, String phone) {
        return HubProtocol.CLIENTS_PATH + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + (born == null ? "" : "&born=" + born)
                + (phone == null ? "" : "&phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8));
    }

    private static List<String> names(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        JSON.readTree(answer.body()).forEach(client -> names.add(client.path("fullName").asString()));
        return names;
    }

    private static HttpResponse<String> link(String credential, String chainClientId) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(address(HubProtocol.CLIENTS_PATH + "/" + chainClientId + "/link")))
                .header("Authorization", "Bearer " + credential).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"person\":\"Front desk\",\"reason\":\"Booked a session here\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String credential, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(address(path))).header("Authorization", "Bearer " + credential).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String credential, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(address(HubProtocol.RECORDS_PATH))).header("Authorization", "Bearer " + credential)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends only the headers of a POST that says its body is {@code length} bytes; the status line the hub answers. */
    private static String declaredOnly(String credential, long length) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + HubProtocol.RECORDS_PATH + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + credential
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    private static String address(String path) {
        return "http://localhost:" + port + path;
    }

    private static int audited(String action, String outcome) {
        return hub.getBean(DSLContext.class).fetchCount(com.stretchkiosk.db.Tables.AUDIT_EVENT,
                com.stretchkiosk.db.Tables.AUDIT_EVENT.ACTION.eq(action).and(com.stretchkiosk.db.Tables.AUDIT_EVENT.OUTCOME.eq(outcome)));
    }
}
