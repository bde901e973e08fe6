package com.stretchkiosk.e2e;

import static com.stretchkiosk.db.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every screen of the kiosk, in landscape (1280×800) and portrait (800×1280): axe-core finds no serious or
 * critical violation, every target is at least 44 × 44 px, no visible text is under 16 px, and nothing is wider
 * than the screen. The pictures it takes are the README's (`./kiosk screenshots` copies them to docs/screenshots).
 */
class EveryScreenBrowserIT extends BrowserTest {

    static final java.nio.file.Path SCREENS = SCREENSHOTS.resolve("screens");

    @Autowired
    DSLContext db;

    @Autowired
    com.stretchkiosk.therapist.TherapistService therapists;

    private final Map<String, List<String>> problems = new LinkedHashMap<>();

    @Test
    void every_screen_passes_axe_and_the_size_rules_in_both_orientations() {
        long visitId = db.select(DSL.max(VISIT.ID)).from(VISIT).where(VISIT.CLIENT_ID.eq(1L).and(VISIT.ENDED_AT.isNotNull()))
                .fetchSingle().value1();
        check("clients", "", null);
        check("client-briefing", "clients/1", "Björn Becker");
        check("client-editor", "clients/new", "New client");
        check("visit-record", "visits/" + visitId, "Session of");
        check("summary", "clients/1/history", null);
        check("catalog", "manager/catalog", "Stretch catalog");
        check("therapists", "manager/therapists", "Therapists");
        check("tablets", "manager/tablets", "Tablets");
        check("backups", "manager/backups", "Backups");
        check("figures", "manager/figures", "Studio figures");
        check("audit-log", "manager/audit", "Audit log");
        check("not-found", "no/such/page", null);

        long client = clientWithoutOpenSession();
        check("session-start", "clients/" + client + "/session", "Who is stretching today?");
        button("Priya Raman").click();
        page.locator(".kiosk-session").waitFor();
        checkHere("session-pain-before");
        button("Skip").click();
        page.getByText("Pick the first stretch on the left.").waitFor();
        checkHere("session");
        page.locator(".kiosk-stretch-tile").first().click();
        page.locator(".kiosk-active").waitFor();
        checkHere("session-stretch");

        therapists.activeTherapists().stream().filter(t -> t.displayName().equals("Priya Raman"))
                .forEach(priya -> therapists.setPin(priya.id(), "270519", "270519"));
        button("Lock").click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Locked")).waitFor();
        checkHere("locked");
        button("Priya Raman").click();
        page.locator(".kiosk-pin-keys").waitFor();
        checkHere("locked-pin");

        try (BrowserContext signedOut = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setHasTouch(true))) {
            Page before = page;
            page = signedOut.newPage();
            open("login");
            page.locator("h1").first().waitFor();
            checkHere("sign-in");
            page = before;
        }

        List<String> all = new ArrayList<>();
        problems.forEach((screen, found) -> found.forEach(problem -> all.add(screen + ": " + problem)));
        assertThat(all).as("every screen at both sizes").isEmpty();
    }

    private void check(String name, String path, String heading) {
        open(path);
        if (heading != null) {
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading)).first().waitFor();
        } else {
            page.locator("h1, .kiosk-content > *").first().waitFor();
        }
        checkHere(name);
    }

    /** Checks the page as it is in landscape, then in portrait, and takes both pictures. */
    private void checkHere(String name) {
        try {
            java.nio.file.Files.createDirectories(SCREENS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (int[] size : new int[][] {{1280, 800}, {800, 1280}}) {
            page.setViewportSize(size[0], size[1]);
            page.waitForTimeout(150);
            String suffix = size[0] > size[1] ? "" : "-portrait";
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve(name + suffix + ".png")));
            List<String> found = ScreenCheck.problems(page);
            if (!found.isEmpty()) {
                problems.put(name + suffix, found);
            }
        }
        page.setViewportSize(1280, 800);
    }

    private long clientWithoutOpenSession() {
        return db.select(VISIT.CLIENT_ID).from(VISIT).groupBy(VISIT.CLIENT_ID)
                .having(DSL.count().gt(3).and(DSL.count(VISIT.ENDED_AT).eq(DSL.count())))
                .orderBy(VISIT.CLIENT_ID.desc()).limit(1).fetchSingle(VISIT.CLIENT_ID);
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
