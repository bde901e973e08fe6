package com.stretchkiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stretchkiosk.KioskApplication;
import com.stretchkiosk.base.AsManager;
import com.stretchkiosk.base.TestPostgres;
import com.stretchkiosk.chain.HubService;
import com.stretchkiosk.chain.HubSyncService;
import com.stretchkiosk.client.Client;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A chain in the browser: a hub on PostgreSQL, studio A (a demo studio, two years of a regular's sessions) sending to
 * it, and the kiosk under test as studio B. At B, the regular is found in the chain and brought over; their page
 * shows A's standing pain stops first and A's sessions after B's own briefing. The hub's manager sees the chain's
 * figures. Both screens pass {@link ScreenCheck} in both orientations; their pictures are the README's.
 */
class ChainBrowserIT {

    static final String REGULAR = "Rosalind Achterberg";
    private static int hubPort;
    private static ConfigurableApplicationContext hub;
    private static ConfigurableApplicationContext studioA;
    private static ConfigurableApplicationContext studioB;
    private Page page;
    private BrowserContext context;

    /** Three kiosks of their own, beside the other browser tests' (whose database Spring's context cache keeps open). */
    @BeforeAll
    static void chain() throws IOException {
        BrowserTest.launchChromium();
        try (ServerSocket socket = new ServerSocket(0)) {
            hubPort = socket.getLocalPort();
        }
        hub = new SpringApplicationBuilder(KioskApplication.class).run("--server.port=" + hubPort,
                "--kiosk.database-path=" + Files.createTempDirectory("kiosk-hub-unused").resolve("unused.db"),
                "--kiosk.database-url=" + TestPostgres.freshDatabase("kiosk_hub_browser"), "--kiosk.database-user=" + TestPostgres.user(),
                "--kiosk.database-password=" + TestPostgres.password(), "--kiosk.hub.enabled=true", "--spring.main.banner-mode=off");
        String a = AsManager.run(hub, () -> hub.getBean(HubService.class).addStudio("Riverside"));
        String b = AsManager.run(hub, () -> hub.getBean(HubService.class).addStudio("Harbour"));
        studioA = studio(a, true);
        // The demo's regular with the most sessions among those with a pain stop that stands, named for this test.
        long regularId = ((Number) studioA.getBean(org.jooq.DSLContext.class).fetchValue("""
                SELECT v.client_id FROM visit v WHERE v.voided_at IS NULL AND v.client_id IN (
                    SELECT f.client_id FROM attempt_fact f WHERE f.pain_stop_id IS NOT NULL AND f.voided_at IS NULL
                        AND f.pain_stop_voided_at IS NULL AND f.pain_stop_resolved_at IS NULL)
                GROUP BY v.client_id ORDER BY count(*) DESC LIMIT 1""")).longValue();
        AsManager.run(studioA, () -> {
            ClientService clients = studioA.getBean(ClientService.class);
            Client regular = clients.open(regularId);
            return clients.update(regularId, regular.version(), new ClientDraft(REGULAR, regular.phone(), regular.birthYear(),
                    regular.precautions(), regular.consentOn()));
        });
        HubSyncService sender = studioA.getBean(HubSyncService.class);
        while (sender.contact().waiting() > 0) {
            if (sender.send() == 0) {
                throw new IllegalStateException("Studio A could not reach the hub: " + sender.contact().problem());
            }
        }
        studioB = studio(b, false);
    }

    private static ConfigurableApplicationContext studio(String credential, boolean demo) throws IOException {
        return new SpringApplicationBuilder(KioskApplication.class).run("--server.port=0",
                "--kiosk.database-path=" + Files.createTempDirectory("kiosk-studio").resolve("kiosk.db"), "--kiosk.demo.enabled=" + demo,
                "--kiosk.hub.address=http://localhost:" + hubPort, com.stretchkiosk.base.HubCredentialFile.setting(credential), "--kiosk.hub.every=PT1H",
                "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stopChain() {
        for (ConfigurableApplicationContext kiosk : new ConfigurableApplicationContext[] {studioB, studioA, hub}) {
            if (kiosk != null) {
                kiosk.close();
            }
        }
        BrowserTest.closeChromium();
    }

    @BeforeEach
    void openTablet() {
        context = BrowserTest.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setHasTouch(true));
        page = context.newPage();
    }

    @AfterEach
    void closeTablet() {
        context.close();
    }

    @Test
    void a_regular_of_another_studio_is_brought_over_with_their_record_there_and_the_hub_shows_the_chains_figures() {
        // At studio B: the name is not known here; the chain knows it.
        signIn(studioB);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(BrowserTest.exactly("Find a client"))).fill(REGULAR);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(BrowserTest.exactly("Search the chain for “" + REGULAR + "”"))).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(BrowserTest.exactly("Bring over " + REGULAR + " from Riverside")))
                .click();
        // The hub keeps who brought the client over and why.
        page.locator(".kiosk-chain-reasons").waitFor();
        check("client-chain-bring-over");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(BrowserTest.exactly("Booked a session here"))).click();
        page.locator(".kiosk-chain-sessions").waitFor();

        assertThat(page.locator(".kiosk-chain-cautions h2").innerText()).isEqualTo("Pain stops at the chain's other studios");
        assertThat(page.locator(".kiosk-chain-cautions li").count()).as("the regular's standing stops at Riverside").isPositive();
        assertThat(page.locator(".kiosk-chain-cautions li").first().innerText()).startsWith("✕ Riverside, ");
        assertThat(page.locator(".kiosk-chain-cautions").boundingBox().y)
                .as("the stops come before this studio's own briefing")
                .isLessThan(page.locator(".kiosk-briefing").boundingBox().y);
        assertThat(page.locator(".kiosk-chain-sessions").innerText()).contains("Latest there: ").contains(" at Riverside · pain ")
                .contains("Ranges there").contains("sessions there");
        check("client-chain");

        // The hub's manager: the chain's figures.
        signIn(hub);
        open(hub, "manager/chain");
        page.locator(".kiosk-chain-figures").waitFor();
        assertThat(page.locator(".kiosk-chain-figures").innerText()).contains("Across the chain's 2 studios")
                .contains("No client seen at more than one studio");
        assertThat(page.locator(".kiosk-therapist-row").allInnerTexts()).hasSize(2).anySatisfy(row -> assertThat(row)
                .startsWith("Riverside").contains("per 100 repetitions"));
        check("studio-chain-hub");

        // Revoking a studio asks once more, naming it; "Keep it" leaves it as it was.
        page.locator(".kiosk-therapist-row").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Riverside"))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(BrowserTest.exactly("Revoke"))).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(BrowserTest.exactly("Revoke Riverside"))).waitFor();
        check("studio-chain-revoke");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(BrowserTest.exactly("Keep it"))).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(BrowserTest.exactly("Keep it")))
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        assertThat(page.locator(".kiosk-therapist-row").allInnerTexts()).anySatisfy(row -> assertThat(row).startsWith("Riverside")
                .contains("per 100 repetitions"));
    }

    /** Signs in on that kiosk as its first manager (made on the way, as a manager's first start does). */
    private void signIn(ConfigurableApplicationContext kiosk) {
        AsManager.run(kiosk, () -> null);
        open(kiosk, "login");
        page.getByLabel(BrowserTest.exactly("Name")).fill(AsManager.NAME);
        page.getByLabel(BrowserTest.exactly("Password")).fill(AsManager.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(BrowserTest.exactly("Sign in"))).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    private void open(ConfigurableApplicationContext kiosk, String path) {
        page.navigate("http://localhost:" + ((org.springframework.boot.web.server.context.WebServerApplicationContext) kiosk).getWebServer().getPort()
                + "/" + path);
    }

    /** The screen at both sizes: ScreenCheck's rules, and its pictures for the README. */
    private void check(String name) {
        try {
            Files.createDirectories(EveryScreenBrowserIT.SCREENS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (int[] size : new int[][] {{1280, 800}, {800, 1280}}) {
            page.setViewportSize(size[0], size[1]);
            page.waitForTimeout(150);
            String suffix = size[0] > size[1] ? "" : "-portrait";
            page.screenshot(new Page.ScreenshotOptions().setPath(EveryScreenBrowserIT.SCREENS.resolve(name + suffix + ".png")));
            assertThat(ScreenCheck.problems(page)).as(name + suffix).isEqualTo(List.of());
        }
        page.setViewportSize(1280, 800);
    }
}
