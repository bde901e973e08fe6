package com.stretchkiosk.history.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.stretchkiosk.db.Tables.ATTEMPT;
import static com.stretchkiosk.db.Tables.AUDIT_EVENT;
import static com.stretchkiosk.db.Tables.PAIN_STOP;
import static com.stretchkiosk.db.Tables.PAIN_STOP_RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.history.HistoryService;
import com.stretchkiosk.therapist.Therapist;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.BodyRegion;
import com.stretchkiosk.visit.BodySide;
import com.stretchkiosk.visit.Breathing;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.PainKind;
import com.stretchkiosk.visit.PainStop;
import com.stretchkiosk.visit.PainStopDetail;
import com.stretchkiosk.visit.PainStopTap;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A wrong range or side is corrected from the visit record: the old fact voided, the new one naming it, both shown. */
class CorrectionFlowsTest extends KioskTest {

    @Autowired
    ClientService clients;

    @Autowired
    TherapistService therapists;

    @Autowired
    VisitService visits;

    @Autowired
    HistoryService history;

    @Autowired
    CatalogService catalog;

    @Autowired
    DSLContext db;

    private long clientId;
    private Therapist therapist;
    private Stretch trapezius;

    @BeforeEach
    void client() {
        clientId = clients.create(new ClientDraft(unique("Ines Berger"), null, 1980, null, null)).id();
        therapist = therapists.add(unique("Jonas"));
        trapezius = catalog.activeStretches().stream().filter(s -> s.name().startsWith("Upper trapezius")).findFirst().orElseThrow();
    }

    @Test
    void a_range_and_side_are_corrected_and_the_record_shows_both_with_who_and_why() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapist.id());
        String original = visits.recordAttempt(attempt(visit, Side.LEFT, 30)).fact().factId();
        visits.end(visit.id(), null);

        UI.getCurrent().navigate("visits/" + visit.id());
        correct(35, "Measured on the other side", true);

        var stored = db.selectFrom(ATTEMPT).where(ATTEMPT.VISIT_ID.eq(visit.id())).orderBy(ATTEMPT.ID).fetch();
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).getFactId()).isEqualTo(original);
        assertThat(stored.get(0).getVoidReason()).isEqualTo("Measured on the other side");
        assertThat(stored.get(0).getVoidedBy()).isEqualTo(testManager().id());
        assertThat(stored.get(1).getSupersedesId()).isEqualTo(stored.get(0).getId());
        assertThat(stored.get(1).getSide()).isEqualTo("RIGHT");
        assertThat(stored.get(1).getRangeReached()).isEqualTo(35);
        assertThat(stored.get(1).getPressure()).as("what was not changed is kept").isEqualTo(5);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("FACT_CORRECTED").and(AUDIT_EVENT.CLIENT_ID.eq(clientId))))
                .isEqualTo(1);

        assertThat(_get(Span.class, spec -> spec.withClasses("kiosk-fact-voided")).getText())
                .contains("Upper trapezius (ear to shoulder), left").contains("30°");
        assertThat(_get(Span.class, spec -> spec.withClasses("kiosk-void-reason")).getText())
                .isEqualTo("(corrected by " + TEST_MANAGER + " on 23 Nov 2026: Measured on the other side)");
        assertThat(_find(Span.class, spec -> spec.withClasses("kiosk-fact-line")).stream().map(Span::getText)
                .filter(text -> !text.contains("30°")).toList())
                .singleElement().asString().contains("right").contains("35°").endsWith("(a correction)");

        // A correction can be corrected again: the chain names each step.
        correct(36, "Read the goniometer again", false);
        var chain = db.selectFrom(ATTEMPT).where(ATTEMPT.VISIT_ID.eq(visit.id())).orderBy(ATTEMPT.ID).fetch();
        assertThat(chain).hasSize(3);
        assertThat(chain.get(2).getSupersedesId()).isEqualTo(chain.get(1).getId());
        assertThat(chain.get(1).getVoidedAt()).isNotNull();
        assertThat(history.briefing(clientId).progress()).singleElement()
                .satisfies(progress -> assertThat(progress.latest()).isEqualTo(36));
    }

    @Test
    void the_record_names_whose_session_it_was_who_stretched_when_and_the_pain_before_and_after() {
        String name = db.select(com.stretchkiosk.db.Tables.CLIENT.FULL_NAME).from(com.stretchkiosk.db.Tables.CLIENT)
                .where(com.stretchkiosk.db.Tables.CLIENT.ID.eq(clientId)).fetchSingle().value1();
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapist.id());
        visits.recordPain(UUID.randomUUID(), visit.id(), com.stretchkiosk.visit.PainMoment.BEFORE, 4);
        visits.recordAttempt(attempt(visit, Side.LEFT, 30));
        visits.end(visit.id(), null);

        UI.getCurrent().navigate("visits/" + visit.id());

        Div header = _get(Div.class, spec -> spec.withClasses("kiosk-record-header"));
        Button client = _get(header, Button.class, spec -> spec.withClasses("kiosk-record-client"));
        assertThat(client.getText()).isEqualTo(name);
        assertThat(_find(header, Span.class).stream().map(Span::getText).toList())
                .anySatisfy(when -> assertThat(when).matches("\\d\\d:\\d\\d–\\d\\d:\\d\\d with " + therapist.displayName()))
                .contains("Pain before: 4/10 · after: not asked");
        _click(client);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("clients/" + clientId);
    }

    @Test
    void a_pain_stop_stays_a_pain_stop_with_its_details_time_and_resolution() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapist.id());
        PainStop stop = visits.recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visit.id(), trapezius.id(),
                Side.LEFT, 1, 41, 7, Breathing.HELD_BREATH, 12)).fact();
        visits.describePainStop(UUID.randomUUID(), visit.id(), stop.id(),
                new PainStopDetail(BodyRegion.NECK, BodySide.LEFT, 8, PainKind.SHARP, null));
        visits.end(visit.id(), null);

        UI.getCurrent().navigate("visits/" + visit.id());
        correct(38, "Range read too high", false);

        var stops = db.selectFrom(PAIN_STOP).where(PAIN_STOP.ATTEMPT_ID.in(
                db.select(ATTEMPT.ID).from(ATTEMPT).where(ATTEMPT.VISIT_ID.eq(visit.id())))).orderBy(PAIN_STOP.ID).fetch();
        assertThat(stops).hasSize(2);
        assertThat(stops.get(0).getVoidedAt()).isNotNull();
        assertThat(stops.get(1).getVoidedAt()).isNull();
        assertThat(stops.get(1).getRangeAtStop()).isEqualTo(38);
        assertThat(stops.get(1).getOccurredAt()).as("the stop happened when it happened").isEqualTo(stops.get(0).getOccurredAt());
        assertThat(history.briefing(clientId).flags()).singleElement().satisfies(flag -> {
            assertThat(flag.rangeAtStop()).isEqualTo(38);
            assertThat(flag.region()).isEqualTo(BodyRegion.NECK);
            assertThat(flag.painScore()).isEqualTo(8);
        });

        history.resolve(UUID.randomUUID(), clientId, history.briefing(clientId).flags().getFirst().painStopId(), therapist.id());
        UI.getCurrent().navigate("visits/" + visit.id());
        correct(37, "Read once more", false);
        assertThat(history.briefing(clientId).flags()).as("a resolved stop stays resolved when it is corrected").isEmpty();
        assertThat(db.fetchCount(PAIN_STOP_RESOLUTION, PAIN_STOP_RESOLUTION.RESOLVED_BY.eq(therapist.id()))).isEqualTo(2);
    }

    @Test
    void a_correction_without_a_reason_or_out_of_bounds_is_refused_at_its_field_and_nothing_is_stored() {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapist.id());
        visits.recordAttempt(attempt(visit, Side.LEFT, 30));
        visits.end(visit.id(), null);
        UI.getCurrent().navigate("visits/" + visit.id());

        _click(_get(Button.class, spec -> spec.withText("Correct")));
        _setValue(_get(NumberField.class, spec -> spec.withLabel("Range (degrees)")), 75.0);
        _click(_get(Button.class, spec -> spec.withText("Save correction")));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Why is it corrected?")).getErrorMessage())
                .isEqualTo("Say why it is corrected: the record keeps the reason.");
        assertThat(_get(NumberField.class, spec -> spec.withLabel("Range (degrees)")).getErrorMessage()).contains("0").contains("60");
        assertThat(_get(NumberField.class, spec -> spec.withLabel("Range (degrees)")).getValue()).as("what was typed stays").isEqualTo(75.0);
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visit.id()))).isEqualTo(1);
        assertThat(db.fetchCount(ATTEMPT, ATTEMPT.VISIT_ID.eq(visit.id()).and(ATTEMPT.VOIDED_AT.isNotNull()))).isZero();
    }

    /** Taps Correct on the first standing line, sets the range (and the right side), gives the reason, saves. */
    private void correct(int range, String reason, boolean otherSide) {
        _click(_find(Button.class, spec -> spec.withText("Correct")).getFirst());
        Div form = _get(Div.class, spec -> spec.withClasses("kiosk-correction"));
        if (otherSide) {
            com.stretchkiosk.base.ui.ChipTaps.tapIn(form, "right");
        }
        _setValue(_get(form, NumberField.class, spec -> spec.withLabel("Range (degrees)")), (double) range);
        _setValue(_get(form, TextField.class, spec -> spec.withLabel("Why is it corrected?")), reason);
        _click(_get(form, Button.class, spec -> spec.withText("Save correction")));
    }

    private AttemptDraft attempt(Visit visit, Side side, int range) {
        return new AttemptDraft(UUID.randomUUID(), visit.id(), trapezius.id(), side, 1, Outcome.COMPLETED, range, 5,
                Breathing.SLOW_DIAPHRAGMATIC, null, 30, Set.of(), null);
    }
}
