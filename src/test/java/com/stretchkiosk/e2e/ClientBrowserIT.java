package com.stretchkiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.stretchkiosk.KioskApplication;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.client.ClientSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The kiosk in Debian's headless Chromium at the tablet's 1280×800: add a client by touch, find them
 * by search, and check the database. Saves screenshots under target/screenshots.
 */
@SpringBootTest(classes = KioskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientBrowserIT {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ClientService clients;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path file = Files.createTempDirectory("kiosk-e2e").resolve("kiosk.db");
        registry.add("kiosk.database-path", file::toString);
        registry.add("kiosk.demo.enabled", () -> "true");
    }

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("kiosk.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void a_therapist_adds_a_client_and_finds_them_by_search() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setHasTouch(true))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");
            Locator search = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Find a client"));
            search.waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("clients.png")));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New client")).click();
            page.getByLabel("Full name").fill("Wilhelmina Abernathy");
            page.getByLabel("Phone").fill("+49 171 424 2424");
            page.getByLabel("Birth year").fill("1971");
            page.getByLabel("Precautions").fill("Right rotator cuff repair, March 2024: keep the right arm below shoulder height.");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("client-editor.png")));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();

            Locator heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wilhelmina Abernathy"));
            heading.waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("client-details.png")));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to clients")).click();
            search.pressSequentially("wilhel aber", new Locator.PressSequentiallyOptions().setDelay(40));
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("One client")).waitFor();
            Locator tile = page.locator(".kiosk-client-tile", new Page.LocatorOptions().setHasText("Wilhelmina Abernathy"));
            assertThat(page.locator(".kiosk-client-tile").count()).isEqualTo(1);
            assertThat(tile.innerText()).contains("+49 171 424 2424").contains("born 1971").contains("Precautions");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("client-search.png")));

            tile.click();
            heading.waitFor();
        }

        List<ClientSummary> stored = clients.search("Wilhelmina Abernathy");
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().phone()).isEqualTo("+49 171 424 2424");
        assertThat(stored.getFirst().hasPrecautions()).isTrue();
    }
}
