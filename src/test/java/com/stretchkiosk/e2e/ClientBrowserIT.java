package com.stretchkiosk.e2e;

import static com.stretchkiosk.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.client.ClientSummary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Add a client by touch, find them by search as you type, and check the database. */
class ClientBrowserIT extends BrowserTest {

    @Autowired
    ClientService clients;


    @Test
    void the_briefing_of_a_client_with_two_years_of_visits() {
        open("clients/1");
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Progress")).waitFor();
        assertThat(page.locator(".kiosk-progress-card canvas[role=img]").count()).isEqualTo(11);
        page.waitForFunction("() => [...document.querySelectorAll('.kiosk-progress-card .kiosk-chart-holder')].every(h => h.kioskChart)");
        assertThat(page.locator(".kiosk-progress-card canvas").first().getAttribute("aria-label")).contains("visits measured, from");
        screenshot("briefing");
        page.setViewportSize(1280, 2000);
        screenshot("briefing-full");
        page.setViewportSize(800, 1280);
        page.locator(".kiosk-progress-cards").scrollIntoViewIfNeeded();
        screenshot("briefing-charts-portrait");
        page.setViewportSize(1280, 800);

        // A finger on the latest visit's mark of the first chart opens that visit.
        Locator holder = page.locator(".kiosk-progress-card .kiosk-chart-holder").first();
        holder.scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> mark = (java.util.Map<String, Number>) holder.evaluate(
                "h => window.kioskCharts.markAt(h, 0, h.kioskChart.data.datasets[0].data.length - 1)");
        page.touchscreen().tap(mark.get("x").doubleValue(), mark.get("y").doubleValue());
        page.locator("h1", new Page.LocatorOptions().setHasText("Session of")).waitFor();

        // A wrong range is corrected in place, by touch, with a reason; the record then shows both.
        page.locator(".kiosk-correct").first().click();
        Locator form = page.locator(".kiosk-correction");
        form.waitFor();
        form.getByLabel("Why is it corrected?").fill("Read the goniometer wrongly");
        screenshot("visit-correction");
        page.setViewportSize(800, 1280);
        screenshot("visit-correction-portrait");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save correction")).click();
        page.locator(".kiosk-void-reason", new Page.LocatorOptions().setHasText("Read the goniometer wrongly")).waitFor();
        assertThat(page.locator(".kiosk-correction").count()).isZero();
        screenshot("visit-corrected-portrait");
        page.setViewportSize(1280, 800);
    }

    @Test
    void a_session_opened_from_far_down_the_briefing_opens_at_its_top() {
        open("clients/1");
        Locator row = page.locator(".kiosk-timeline-row, .kiosk-timeline-row-pain").last();
        row.scrollIntoViewIfNeeded();
        row.click();
        Locator heading = page.locator("h1").first();
        page.waitForURL(java.util.regex.Pattern.compile(".*/visits/[0-9]+"));
        heading.waitFor();
        page.waitForTimeout(200);
        assertThat(heading.boundingBox().y).as("the session's heading in view, not scrolled past").isBetween(0.0, 200.0);
    }

    @Test
    void the_printable_summary_prints_and_downloads_as_a_pdf() throws Exception {
        open("clients/1/history");
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Every sharp-pain stop")).waitFor();
        screenshot("summary");
        page.setViewportSize(800, 1280);
        screenshot("summary-portrait");
        page.setViewportSize(1280, 800);
        String href = page.locator("a.kiosk-download").first().getAttribute("href");
        var pdf = context.request().get("http://localhost:" + port + "/" + href);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        java.nio.file.Files.write(SCREENSHOTS.resolve("summary.pdf"), pdf.body());
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("HISTORY_EXPORTED").and(AUDIT_EVENT.RECORD_ID.eq("pdf"))))
                .as("the PDF leaving the kiosk is audited").isPositive();
    }

    @Test
    void a_therapist_adds_a_client_and_finds_them_by_search() {
        open("");
        Locator search = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Find a client"));
        search.waitFor();
        screenshot("clients");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New client")).click();
        page.getByLabel("Full name").fill("Wilhelmina Abernathy");
        page.getByLabel("Phone").fill("+49 171 424 2424");
        page.getByLabel("Birth year").fill("1971");
        page.getByLabel("Precautions").fill("Right rotator cuff repair, March 2024: keep the right arm below shoulder height.");
        screenshot("client-editor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();

        Locator heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wilhelmina Abernathy"));
        heading.waitFor();
        screenshot("client-details");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to clients")).click();
        search.pressSequentially("wilhel aber", new Locator.PressSequentiallyOptions().setDelay(40));
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("One client")).waitFor();
        Locator tile = page.locator(".kiosk-client-tile", new Page.LocatorOptions().setHasText("Wilhelmina Abernathy"));
        assertThat(page.locator(".kiosk-client-tile").count()).isEqualTo(1);
        assertThat(tile.innerText()).contains("+49 171 424 2424").contains("born 1971").contains("Precautions");
        screenshot("client-search");

        tile.click();
        heading.waitFor();

        List<ClientSummary> stored = clients.search("Wilhelmina Abernathy");
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().phone()).isEqualTo("+49 171 424 2424");
        assertThat(stored.getFirst().hasPrecautions()).isTrue();
    }
}
