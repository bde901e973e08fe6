package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.Problem;
import com.stretchkiosk.base.StorageFailure;
import com.stretchkiosk.base.ui.Lock;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.visit.Attempt;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.BodySide;
import com.stretchkiosk.visit.FactRef;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.PainMoment;
import com.stretchkiosk.visit.PainStop;
import com.stretchkiosk.visit.PainStopTap;
import com.stretchkiosk.visit.Recorded;
import com.stretchkiosk.visit.RecordingRefusedException;
import com.stretchkiosk.visit.SessionCourse;
import com.stretchkiosk.visit.RepetitionTakenException;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.Slot;
import com.stretchkiosk.visit.VisitClosedException;
import com.stretchkiosk.visit.VisitService;
import com.stretchkiosk.visit.VisitSheet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What each tap on the session screen does: one service call (one transaction that returns the session's
 * facts), the course told what was stored, the feedback strip told what to say, and only then the screen
 * drawn. A refused value is shown at its control and in the strip; nothing already set is lost.
 */
final class SessionTaps {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SessionTaps.class);

    /** What the taps need of the screen. */
    interface Screen {
        SessionCourse course();

        @Nullable ActiveStretch active();

        /**
         * The stretch panel even while it is hidden: a tap queued during an outage can arrive after an earlier tap
         * of the same batch finished its stretch.
         */
        @Nullable ActiveStretch stretchPanel();

        /** The course moved: the main area is drawn anew. */
        void update();

        /** Only facts changed: the header and the tiles follow. */
        void showFacts();

        /** Facts changed under the screen (another tablet, a refused tap): the course's place follows, what is set stays. */
        void followFacts();

        /** A panel in the main area, when no stretch is active. */
        void show(Component panel);

        void toClient();
    }

    private final VisitService visits;
    private final FeedbackStrip strip;
    private final SessionText text;
    private final Screen screen;

    SessionTaps(VisitService visits, FeedbackStrip strip, SessionText text, Screen screen) {
        this.visits = visits;
        this.strip = strip;
        this.text = text;
        this.screen = screen;
    }

    private SessionCourse course() {
        return screen.course();
    }

    private long visitId() {
        return course().sheet().visit().id();
    }

    /**
     * Log or Skip, for the repetition the button showed when it was tapped (or, for a tap made after something was set
     * again while an earlier tap's answer was on its way, the repetition after that one), with the note as typed then.
     */
    void log(SlotTap tap, boolean skipped) {
        ActiveStretch shown = screen.active();
        Slot slot = shown == null ? null : tappedSlot(tap, shown);
        if (shown == null || slot == null) {
            // Queued during an outage behind a tap that finished the stretch: said, never stored on a guess.
            ActiveStretch tapped = screen.stretchPanel();
            strip.refused(text.t(skipped ? "session.skip.too-late" : "session.log.too-late",
                    tapped == null ? "" : tapped.stretch().name()));
            return;
        }
        Stretch stretch = shown.stretch();
        RecordingForm form = shown.form();
        form.setNote(tap.note());
        UUID factId = UUID.randomUUID();
        AttemptDraft draft = skipped ? AttemptDraft.skipped(factId, visitId(), stretch.id(), slot.side(), slot.repetition())
                : new AttemptDraft(factId, visitId(), stretch.id(), slot.side(), slot.repetition(), Outcome.COMPLETED, form.range(),
                        form.pressure(), form.breathing(), form.breathCount(), shown.heldSeconds(), form.noteChips(), form.note());
        Recorded<Attempt> recorded = tap(() -> visits.recordAttempt(draft));
        if (recorded != null) {
            course().logged(course().sheet().withFacts(recorded.facts()));
            // Undo names the fact only: a closure over the answer would keep a second copy of the session's facts.
            FactRef logged = new FactRef(FactRef.Kind.ATTEMPT, recorded.fact().factId());
            strip.saved(text.t(skipped ? "session.skipped" : "session.logged", text.attempt(stretch, recorded.fact())),
                    () -> undo(logged));
            screen.update();
        }
    }

    /**
     * The slot a Log or Skip is for: the one its button showed, or after an earlier tap still on its way (something
     * was set again since), the one the course offers now. Null when the tap was for a stretch no longer on screen.
     */
    private @Nullable Slot tappedSlot(SlotTap tap, ActiveStretch shown) {
        Slot after = Slot.parse(tap.after());
        Slot slot = after != null ? course().slot() : Slot.parse(tap.slot());
        if (slot == null && tap.slot().isEmpty() && after == null) {
            slot = course().slot(); // a tap with nothing in the browser to read (a test's or a script's): what is on screen
        }
        Slot check = after != null ? after : slot;
        return slot == null || check == null || check.stretchId() != shown.stretch().id() ? null : slot;
    }

    /** STOP: stored at once, for the repetition its button showed; a second STOP for that repetition opens the stop already stored. */
    void stop(SlotTap tap) {
        ActiveStretch shown = screen.active();
        if (shown == null) {
            // Queued during an outage behind a tap that finished the stretch: the stop is still stored, for the
            // stretch and side that were on the screen when STOP was tapped.
            shown = Objects.requireNonNull(screen.stretchPanel(), "STOP without a stretch panel");
            course().reopen(shown.stretch(), shown.side());
            screen.update();
            shown = Objects.requireNonNull(screen.active());
        }
        PainStop open = course().openStop();
        if (open != null) {
            if (!shown.shows(PainStopPanel.class)) {
                showStopPanel(open);
            }
            return;
        }
        shown.stopTimer();
        RecordingForm form = shown.form();
        Slot slot = stopSlot(Slot.parse(tap.slot()), shown);
        PainStopTap stopTap = new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), visitId(), shown.stretch().id(),
                slot.side(), slot.repetition(), form.range(), form.pressure(), form.breathing(), shown.heldSeconds());
        Recorded<PainStop> recorded = tap(() -> visits.recordPainStop(stopTap));
        if (recorded != null) {
            course().stopped(course().sheet().withFacts(recorded.facts()), recorded.fact(), recorded.stored());
            String where = stopWhere(recorded.fact());
            if (recorded.stored()) {
                FactRef stopped = new FactRef(FactRef.Kind.PAIN_STOP, recorded.fact().factId());
                strip.saved(text.t("session.stop.recorded", where), () -> undo(stopped));
            } else {
                strip.info(text.t("session.stop.already", where));
            }
            screen.update();
        }
    }

    /**
     * The repetition a STOP is for: the one its button showed, unless a Log or Skip queued before it took that one (the
     * screen had not moved yet): then the one the course offers now, as on a screen that had kept up.
     */
    private Slot stopSlot(@Nullable Slot tapped, ActiveStretch shown) {
        Slot now = Objects.requireNonNull(course().slot(), "STOP without a stretch");
        if (tapped == null || tapped.stretchId() != shown.stretch().id()) {
            return now;
        }
        boolean takenByLog = course().sheet().attemptsOf(tapped.stretchSide()).stream()
                .anyMatch(a -> a.repetition() == tapped.repetition() && a.painStop() == null);
        return takenByLog ? now : tapped;
    }

    /** The details of a stored stop, in place of the steps, timer and recording (or of the main area). */
    void showStopPanel(PainStop stop) {
        Optional<Attempt> stopped = stoppedAttempt(stop);
        Side side = stopped.map(Attempt::side).orElse(Side.NONE);
        BodySide likely = side == Side.LEFT ? BodySide.LEFT : side == Side.RIGHT ? BodySide.RIGHT : BodySide.CENTRE;
        Stretch stretch = stopped.map(a -> text.stretch(a.stretchId())).orElse(null);
        PainStopPanel.RangeQuestion question = stretch == null || stopped.get().unit() != stretch.unit() ? null
                : new PainStopPanel.RangeQuestion(stretch, text.measures(), course().rangeToConfirm(stopped.get(), stretch));
        PainStopPanel panel = new PainStopPanel(text.t("session.stop.panel", stopWhere(stop)), stop.detail(), likely, question,
                detail -> {
                    Recorded<FactRef> described = tap(() -> visits.describePainStop(UUID.randomUUID(), visitId(), stop.id(), detail));
                    if (described != null) {
                        course().changed(course().sheet().withFacts(described.facts()));
                        screen.showFacts();
                    }
                    return described != null;
                }, () -> {
                    course().stopPanelClosed();
                    screen.update();
                });
        ActiveStretch active = screen.active();
        if (active != null) {
            active.showPanel(panel);
        } else {
            screen.show(panel);
        }
    }

    void pain(PainMoment moment, int score) {
        Recorded<FactRef> recorded = tap(() -> visits.recordPain(UUID.randomUUID(), visitId(), moment, score));
        if (recorded != null) {
            VisitSheet latest = course().sheet().withFacts(recorded.facts());
            if (moment == PainMoment.BEFORE) {
                course().painBeforeDone(latest);
                screen.update();
            } else {
                course().changed(latest);
                screen.showFacts();
            }
            FactRef rated = recorded.fact();
            strip.saved(text.t(moment == PainMoment.BEFORE ? "session.pain-before.saved" : "session.pain-after.saved", score),
                    () -> undo(rated));
        }
    }

    /** Undo from the strip: refused while the tablet is locked, and by the service once the session ended. */
    void undo(FactRef fact) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && Lock.isLocked(session)) {
            strip.refused(text.t("session.undo.locked"));
            return;
        }
        Recorded<FactRef> undone = tap(() -> visits.undo(fact, VisitService.UNDO_REASON));
        if (undone != null) {
            course().changed(course().sheet().withFacts(undone.facts()));
            screen.update();
            strip.info(text.t("session.undone"));
        }
    }

    void finish(TextArea closingNote) {
        try {
            visits.end(visitId(), closingNote.getValue());
        } catch (RecordingRefusedException refused) {
            Touch.showProblem(closingNote, refused.problems().values().iterator().next());
            return;
        }
        strip.clear();
        screen.toClient();
    }

    /** One tap's transaction; a refusal or a closed session is said in the strip, and nothing set is lost. */
    private <F> @Nullable Recorded<F> tap(Supplier<Recorded<F>> call) {
        try {
            return call.get();
        } catch (RepetitionTakenException taken) {
            // A double tap, a tap replayed after an outage, another tablet: nothing stored twice, and the screen follows.
            Slot slot = taken.slot();
            course().changed(course().sheet().withFacts(visits.facts(visitId())));
            screen.followFacts();
            strip.info(text.t("session.repetition.taken", text.stretchSide(slot.stretchId(), slot.side()), slot.repetition()));
        } catch (RecordingRefusedException refused) {
            ActiveStretch active = screen.active();
            refused.problems().forEach((field, problem) -> {
                if (active != null) {
                    active.form().refused(field, message(problem));
                }
                strip.refused(message(problem));
            });
        } catch (VisitClosedException closed) {
            course().changed(course().sheet().withFacts(visits.facts(visitId())));
            screen.update();
            strip.refused(text.t("session.closed"));
        } catch (RuntimeException failure) {
            // Not stored (a full disk, a database that did not answer): said in the strip, what is set stays.
            LOG.error("A tap on the session screen could not be stored", failure);
            strip.refused(text.t(StorageFailure.messageKey(failure)));
        }
        return null;
    }

    private Optional<Attempt> stoppedAttempt(PainStop stop) {
        return course().sheet().attempts().stream()
                .filter(a -> a.painStop() != null && a.painStop().id() == stop.id()).findFirst();
    }

    private String stopWhere(PainStop stop) {
        return stoppedAttempt(stop).map(a -> text.stretchSide(a.stretchId(), a.side()) + ", " + text.t("session.rep.short", a.repetition()))
                .orElse("");
    }

    private String message(Problem problem) {
        return text.t(problem.messageKey(), problem.argumentArray());
    }
}
