package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.TextLimits;
import com.stretchkiosk.base.Words;
import com.stretchkiosk.base.ui.ChoiceChips;
import com.stretchkiosk.base.ui.Stepper;
import com.stretchkiosk.base.ui.ToggleChips;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.visit.AttemptField;
import com.stretchkiosk.visit.Breathing;
import com.stretchkiosk.visit.Guidance;
import com.stretchkiosk.visit.NoteChip;
import com.stretchkiosk.visit.PainScale;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * What is set for the repetition being worked on: range on a large stepper in the stretch's unit (last visit's
 * value one tap away, the value to stay below marked), pressure 0–10, breathing with a breath count, note chips
 * and a note. Nothing here is stored until the repetition is logged or STOP is tapped. It is built once and
 * reset for each repetition, so a tap changes only what it must in the browser.
 */
class RecordingForm extends Div {

    private final Runnable onRangeChange;
    private final Span rangeLabel = label("session.range");
    /** The range stepper; its steps depend on the stretch's unit (no ±5 on a depth scale). */
    private final RangeStepper stepper;
    private final Button takeLast = new Button();
    private final Span stopMark = new Span();
    private final Span rangeProblem = problem();
    private final Span pressureProblem = problem();
    private final Span otherProblem = problem();
    private final ChoiceChips<Integer> pressureChips;
    private final ChoiceChips<Breathing> breathingChips;
    private final Stepper breaths;
    private final ToggleChips<NoteChip> noteChips;
    private final TextField note = new TextField();
    private @Nullable Stretch stretch;
    private @Nullable Integer lastRange;
    private final Measures measures;
    private @Nullable Integer pressure;
    private @Nullable Breathing breathing;
    private @Nullable Integer breathCount;

    RecordingForm(Measures measures, Runnable onRangeChange, Consumer<String> onNoteChange) {
        this.measures = measures;
        this.onRangeChange = onRangeChange;
        this.stepper = new RangeStepper(measures, this::getTranslation, value -> {
            rangeProblem.setText("");
            onRangeChange.run();
        });
        addClassName("kiosk-recording");
        takeLast.addClassName("kiosk-take-last");
        takeLast.addClickListener(tap -> {
            if (lastRange != null) {
                setRange(lastRange);
            }
        });
        stopMark.addClassName("kiosk-pain-mark");
        Div rangeRow = row(rangeLabel, stepper.component(), takeLast, stopMark, rangeProblem);

        pressureChips = new ChoiceChips<>(IntStream.rangeClosed(PainScale.MIN, PainScale.MAX).boxed().toList(), String::valueOf,
                p -> {
                    pressure = p;
                    pressureProblem.setText("");
                });
        pressureChips.addClassName("kiosk-scale-chips");
        Div pressureRow = row(label("session.pressure"), pressureChips, pressureProblem);

        breathingChips = new ChoiceChips<>(Arrays.asList(Breathing.values()), b -> getTranslation(Words.key("breathing.", b)),
                b -> breathing = b);
        // Breaths counted during the hold: none, then 1 up to the most (a held breath is a breathing chip, not a count of 0).
        breaths = new Stepper("kiosk-breath-count", step -> setBreathCount(step == 0 ? fewerBreaths() : moreBreaths()));
        breaths.setCaption(getTranslation("session.breaths"));
        breaths.setSteps(List.of("−"), List.of("+"), List.of(getTranslation("session.breaths.fewer"), getTranslation("session.breaths.more")));
        breaths.addClassName("kiosk-breaths");
        Div breathingRow = row(label("session.breathing"), breathingChips, breaths);

        noteChips = new ToggleChips<>(Arrays.asList(NoteChip.values()), chip -> getTranslation(Words.key("note-chip.", chip)));
        note.setPlaceholder(getTranslation("session.note.placeholder"));
        note.setAriaLabel(getTranslation("session.note.placeholder"));
        note.setMaxLength(TextLimits.NOTE_MAX_LENGTH);
        note.addClassName("kiosk-note");
        // The note reaches the kiosk as it is typed (and with each Log): kept with the session's draft, it survives a lock
        // and a reload.
        note.setValueChangeMode(ValueChangeMode.LAZY);
        note.addValueChangeListener(change -> {
            note.setInvalid(false);
            onNoteChange.accept(change.getValue());
        });
        Div notesRow = row(label("session.notes"), noteChips, note);
        add(rangeRow, pressureRow, breathingRow, notesRow, otherProblem);
    }

    /**
     * A fresh repetition of {@code next}: the range proposed (rep 2 and later: the previous repetition's, which Log
     * stores unless changed) or not set, the stepper starting at {@code startsAt}, last visit's value offered (saying
     * so when it is at or past the value to stay below), the caution marked, nothing else set.
     */
    void reset(Stretch next, @Nullable Integer last, int startsAt, @Nullable Integer proposed, Guidance guidance) {
        stretch = next;
        lastRange = last;
        pressure = null;
        breathing = null;
        stepper.reset(next, proposed, startsAt);
        rangeLabel.getElement().setAttribute("title", getTranslation(measures.unitKey(next.unit())));
        takeLast.setVisible(last != null);
        Integer below = guidance.stayBelowValue();
        boolean pastStop = guidance.atOrPast(last);
        if (last != null) {
            Touch.setText(takeLast, pastStop && below != null
                    ? getTranslation("session.range.take-last.past-stop", measures.format(next.unit(), last), measures.format(next.unit(), below))
                    : getTranslation("session.range.take-last", measures.format(next.unit(), last)));
        }
        takeLast.setClassName("past-stop", pastStop);
        stopMark.setVisible(guidance.warns());
        if (guidance.warns()) {
            Touch.setText(stopMark, below == null ? getTranslation("session.range.stop-no-range")
                    : getTranslation("session.range.stay-below", measures.format(next.unit(), below)));
        }
        pressureChips.select(null);
        breathingChips.select(null);
        setBreathCount(null);
        noteChips.clear();
        if (!note.isEmpty()) {
            note.clear();
        }
        note.setInvalid(false);
        Touch.setText(rangeProblem, "");
        Touch.setText(pressureProblem, "");
        Touch.setText(otherProblem, "");
    }

    @Nullable Integer range() {
        return stepper.value();
    }

    /** The note as the Log tap carried it (read in the browser when the finger landed), or a note kept with the draft. */
    void setNote(String typed) {
        if (!note.getValue().equals(typed)) {
            note.setValue(typed);
        }
    }

    @Nullable Integer pressure() {
        return pressure;
    }

    @Nullable Breathing breathing() {
        return breathing;
    }

    @Nullable Integer breathCount() {
        return breathCount;
    }

    Set<NoteChip> noteChips() {
        return noteChips.on();
    }

    String note() {
        return note.getValue();
    }

    /** Shows a refusal next to its control. */
    void refused(AttemptField field, String message) {
        switch (field) {
            case RANGE -> rangeProblem.setText(message);
            case PRESSURE -> pressureProblem.setText(message);
            case NOTE -> {
                note.setErrorMessage(message);
                note.setInvalid(true);
            }
            default -> otherProblem.setText(message);
        }
    }

    private void setRange(int value) {
        stepper.set(value);
    }

    /** One breath fewer; fewer than one is none. */
    private @Nullable Integer fewerBreaths() {
        Integer count = breathCount;
        return count == null || count <= 1 ? null : count - 1;
    }

    private Integer moreBreaths() {
        Integer count = breathCount;
        return count == null ? 1 : Math.min(PainScale.BREATH_COUNT_MAX, count + 1);
    }

    private void setBreathCount(@Nullable Integer count) {
        breathCount = count;
        breaths.setValue(count == null ? getTranslation("session.breaths.none") : count.toString());
        // The counts a few taps either side, for the browser to show a tap at once.
        int lowest = Math.max(1, (count == null ? 0 : count) - 12);
        List<String> ladder = new ArrayList<>();
        if (lowest == 1) {
            ladder.add(getTranslation("session.breaths.none"));
        }
        IntStream.rangeClosed(lowest, Math.min(PainScale.BREATH_COUNT_MAX, (count == null ? 0 : count) + 12))
                .forEach(n -> ladder.add(Integer.toString(n)));
        breaths.setLadder(ladder, count == null ? 0 : ladder.indexOf(count.toString()), List.of(-1, 1));
    }

    private static Div row(com.vaadin.flow.component.Component... children) {
        Div row = new Div(children);
        row.addClassName("kiosk-record-row");
        return row;
    }

    private Span label(String key) {
        Span label = new Span(getTranslation(key));
        label.addClassName("kiosk-record-label");
        return label;
    }

    private static Span problem() {
        Span problem = new Span();
        problem.addClassName("kiosk-problem");
        return problem;
    }
}
