package com.stretchkiosk.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.stretchkiosk.KioskApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of the browser tests: the kiosk on a random port over a demo studio in a fresh SQLite file,
 * and Debian's headless Chromium at the tablet's 1280×800 with touch. Screenshots go to target/screenshots.
 */
@SpringBootTest(classes = KioskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(MarkedTranslations.class)
abstract class BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.jooq.DSLContext db;

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** Short in the browser tests, so that the idle lock can be seen happening; 5 minutes by default. */
    static final java.time.Duration IDLE_LOCK = java.time.Duration.ofSeconds(15);
    private static final Path DATABASE = database();

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    /** A failed browser test leaves a picture of the page it failed on in target/screenshots. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.AfterTestExecutionCallback screenshotOnFailure = test -> {
        if (test.getExecutionException().isPresent() && this.page != null) {
            screenshot("FAILED-" + test.getRequiredTestMethod().getName());
        }
    };

    BrowserContext context;
    Page page;

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) {
        registry.add("kiosk.database-path", DATABASE::toString);
        registry.add("kiosk.demo.enabled", () -> "true");
        registry.add("kiosk.lock.idle", () -> IDLE_LOCK.toString());
    }

    @BeforeAll
    static void launchChromium() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create();
        browser = HeadlessChromium.launch(playwright, HeadlessChromium.EXECUTABLE);
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

    @BeforeEach
    void openTablet() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setHasTouch(true));
        page = context.newPage();
        signIn();
    }

    @AfterEach
    void closeTablet() {
        context.close();
    }

    static final String MANAGER = "Studio Manager";
    static final String PASSWORD = "stretching is not a race";

    /** Signs in with the password, creating the first manager on the way if the studio has none yet. */
    void signIn() {
        open("login");
        page.locator("h1").first().waitFor();
        if (page.locator("h1").first().innerText().contains("Welcome")) {
            page.getByLabel(exactly("Your name")).fill(MANAGER);
            page.getByLabel(exactly("Password")).fill(PASSWORD);
            page.getByLabel(exactly("Password again")).fill(PASSWORD);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName(exactly("Create manager"))).click();
            // The first manager is signed in at once, and this browser becomes the first tablet.
            page.getByRole(com.microsoft.playwright.options.AriaRole.TEXTBOX,
                    new Page.GetByRoleOptions().setName(exactly("Find a client"))).waitFor();
            // Every test then starts alike, whichever ran first: signed in by password in a browser that is no tablet
            // yet (the first start made this one the studio's first tablet).
            page.context().clearCookies();
            signIn();
            return;
        }
        page.getByLabel(exactly("Name")).fill(MANAGER);
        page.getByLabel(exactly("Password")).fill(PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(exactly("Sign in"))).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * A name or label exactly, give or take invisible format characters around it (UntranslatedTextBrowserIT marks
     * every translated text with them).
     */
    static java.util.regex.Pattern exactly(String text) {
        // Written for the browser's regular expressions, which know neither Java's quoting nor Unicode classes without flags.
        String escaped = text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        return java.util.regex.Pattern.compile("^[\u2062\u2063]*" + escaped + "[\u2062\u2063]*$");
    }

    /** The button a screen reader names so, exactly. */
    static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName(exactly(name)));
    }

    com.microsoft.playwright.Locator button(String name) {
        return button(page, name);
    }

    /** Starts a session for the client as a manager would (Priya Raman stretches, pain before skipped): its id. */
    long startSession(long client) {
        open("clients/" + client);
        button("Start session").click();
        button("Priya Raman").click();
        button("Skip").click();
        page.getByText("Pick the first stretch on the left.").waitFor();
        return db.select(com.stretchkiosk.db.Tables.VISIT.ID).from(com.stretchkiosk.db.Tables.VISIT)
                .where(com.stretchkiosk.db.Tables.VISIT.CLIENT_ID.eq(client).and(com.stretchkiosk.db.Tables.VISIT.ENDED_AT.isNull()))
                .fetchSingle(com.stretchkiosk.db.Tables.VISIT.ID);
    }

    /** The demo studio has sessions still open today: a client with a history whose sessions have all ended. */
    long clientWithHistoryAndNoOpenSession(int which) {
        var visit = com.stretchkiosk.db.Tables.VISIT;
        return db.select(visit.CLIENT_ID).from(visit).groupBy(visit.CLIENT_ID)
                .having(org.jooq.impl.DSL.count().gt(5).and(org.jooq.impl.DSL.count(visit.ENDED_AT).eq(org.jooq.impl.DSL.count())))
                .orderBy(visit.CLIENT_ID).offset(which).limit(1).fetchSingle(visit.CLIENT_ID);
    }

    static Playwright playwright() {
        return playwright;
    }

    static Browser browser() {
        return browser;
    }

    void open(String path) {
        page.navigate("http://localhost:" + port + "/" + path);
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    private static Path database() {
        try {
            return Files.createTempDirectory("kiosk-e2e").resolve("kiosk.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
