package com.stretchkiosk.e2e;

import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.PAIN_RATING;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static com.stretchkiosk.db.Tables.PAIN_STOP_DETAIL;
import static com.stretchkiosk.db.Tables.STRETCH;
import static com.stretchkiosk.db.Tables.VISIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.StretchSide;
import com.stretchkiosk.visit.VisitService;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A session at the table: start it, log one attempt, tap STOP, describe the pain, and check the database. */
class SessionBrowserIT extends BrowserTest {

    @Autowired
    DSLContext db;

    @Autowired
    VisitService visits;

    @Test
    void a_therapist_logs_an_attempt_and_a_sharp_pain_stop() {
        open("clients/1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start session")).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Who is stretching today?")).waitFor();
        button("Priya Raman").click();

        button("3").click();
        page.getByText("Pick the first stretch on the left.").waitFor();
        page.locator(".kiosk-stretch-tile", new Page.LocatorOptions().setHasText("Upper trapezius")).click();
        page.locator(".kiosk-take-last").click();
        page.locator(".kiosk-recording .kiosk-chip", new Page.LocatorOptions().setHasText("6")).first().click();
        button("Slow belly").click();
        screenshot("session");
        assertThat(button("Log rep 1").boundingBox().y + button("Log rep 1").boundingBox().height)
                .as("landscape: the log button is on screen without scrolling").isLessThan(800);
        assertThat(button("STOP — sharp pain").boundingBox().y + button("STOP — sharp pain").boundingBox().height).isLessThan(800);
        button("Log rep 1").click();
        page.getByText("Saved: Upper trapezius (ear to shoulder), Left").waitFor();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("5 more")).click();
        button("STOP — sharp pain").click();
        page.locator(".kiosk-stop-panel").waitFor();
        button("Neck").click();
        page.locator(".kiosk-stop-panel .kiosk-chip", new Page.LocatorOptions().setHasText("7")).first().click();
        button("Shooting").click();
        page.locator(".kiosk-saved-mark", new Page.LocatorOptions().setHasText("Saved")).waitFor();
        screenshot("session-pain-stop");

        button("Close").click();
        page.setViewportSize(800, 1280);
        page.locator(".kiosk-stretch-tile", new Page.LocatorOptions().setHasText("Levator scapulae")).click();
        page.getByText("Rep 1 of 3").waitFor();
        assertThat(button("STOP — sharp pain").isVisible()).isTrue();
        assertThat(button("Log rep 1").boundingBox().y + button("Log rep 1").boundingBox().height)
                .as("portrait: the log button is on screen without scrolling").isLessThan(1280);
        screenshot("session-portrait");
        page.setViewportSize(1280, 800);

        long visitId = db.select(VISIT.ID).from(VISIT).where(VISIT.CLIENT_ID.eq(1L).and(VISIT.ENDED_AT.isNull())).fetchSingle(VISIT.ID);
        long upperTrapezius = db.fetchValue(STRETCH.ID, STRETCH.NAME.eq("Upper trapezius (ear to shoulder)"));
        Record logged = db.selectFrom(ATTEMPT).where(ATTEMPT.VISIT_ID.eq(visitId).and(ATTEMPT.OUTCOME.eq("COMPLETED"))).fetchSingle();
        assertThat(logged.get(ATTEMPT.STRETCH_ID)).isEqualTo(upperTrapezius);
        assertThat(logged.get(ATTEMPT.SIDE)).isEqualTo("LEFT");
        assertThat(logged.get(ATTEMPT.PRESSURE)).isEqualTo(6);
        assertThat(logged.get(ATTEMPT.BREATHING)).isEqualTo("SLOW_DIAPHRAGMATIC");
        assertThat(logged.get(ATTEMPT.RANGE_REACHED)).isNotNull();

        Record stopped = db.selectFrom(ATTEMPT).where(ATTEMPT.VISIT_ID.eq(visitId).and(ATTEMPT.OUTCOME.eq("STOPPED_FOR_PAIN"))).fetchSingle();
        assertThat(stopped.get(ATTEMPT.SIDE)).isEqualTo("RIGHT");
        Integer lastRight = visits.sheet(visitId).previous(new StretchSide(upperTrapezius, Side.RIGHT), MeasureUnit.DEGREES).lastRange();
        assertThat(stopped.get(ATTEMPT.RANGE_REACHED)).as("+5 from last visit's right side").isEqualTo(lastRight + 5);
        Record stop = db.selectFrom(PAIN_STOP).where(PAIN_STOP.ATTEMPT_ID.eq(stopped.get(ATTEMPT.ID))).fetchSingle();
        assertThat(stop.get(PAIN_STOP.RANGE_AT_STOP)).isEqualTo(stopped.get(ATTEMPT.RANGE_REACHED));
        Record detail = db.selectFrom(PAIN_STOP_DETAIL).where(PAIN_STOP_DETAIL.PAIN_STOP_ID.eq(stop.get(PAIN_STOP.ID)))
                .orderBy(PAIN_STOP_DETAIL.ID.desc()).limit(1).fetchSingle();
        assertThat(detail.get(PAIN_STOP_DETAIL.BODY_REGION)).isEqualTo("NECK");
        assertThat(detail.get(PAIN_STOP_DETAIL.PAIN_SCORE)).isEqualTo(7);
        assertThat(detail.get(PAIN_STOP_DETAIL.PAIN_KIND)).isEqualTo("SHOOTING");
        assertThat(db.fetchValue(PAIN_RATING.SCORE, PAIN_RATING.VISIT_ID.eq(visitId))).isEqualTo(3);
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
