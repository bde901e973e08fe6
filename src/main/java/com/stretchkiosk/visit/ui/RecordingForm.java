package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.TextLimits;
import com.stretchkiosk.base.ui.ChoiceChips;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.catalog.MeasureUnit;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * What is set for the repetition being worked on: range on a large stepper in the stretch's unit (last visit's
 * value one tap away, the value to stay below marked), pressure 0–10, breathing with a breath count, note chips
 * and a note. Nothing here is stored until the repetition is logged or STOP is tapped.
 */
class RecordingForm extends Div {

    private final Stretch stretch;
    private final int startingRange;
    private final Runnable onRangeChange;
    private final Span rangeValue = new Span();
    private final Span rangeProblem = new Span();
    private final Span pressureProblem = new Span();
    private final Span otherProblem = new Span();
    private final TextField note = new TextField();
    private @Nullable Integer range;
    private @Nullable Integer pressure;
    private @Nullable Breathing breathing;
    private @Nullable Integer breathCount;
    private final EnumSet<NoteChip> noteChips = EnumSet.noneOf(NoteChip.class);

    /**
     * @param lastRange     last visit's range in the same unit, offered as "Same as last"
     * @param startingRange where the stepper starts when nothing is set (rep 2 starts from rep 1)
     */
    RecordingForm(Stretch stretch, @Nullable Integer lastRange, int startingRange, Guidance guidance, Runnable onRangeChange) {
        this.stretch = stretch;
        this.startingRange = startingRange;
        this.onRangeChange = onRangeChange;
        addClassName("kiosk-recording");
        add(rangeRow(lastRange, guidance), pressureRow(), breathingRow(), notesRow(), otherProblem);
        otherProblem.addClassName("kiosk-problem");
    }

    @Nullable Integer range() {
        return range;
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
        return Set.copyOf(noteChips);
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

    private Div rangeRow(@Nullable Integer lastRange, Guidance guidance) {
        rangeValue.setText(getTranslation("session.range.unset"));
        rangeValue.addClassName("kiosk-range-value");
        Div stepper = new Div();
        stepper.addClassName("kiosk-range-stepper");
        int[] steps = steps(stretch.unit());
        for (int i = steps.length - 1; i >= 0; i--) {
            stepper.add(stepButton(-steps[i]));
        }
        stepper.add(rangeValue);
        for (int step : steps) {
            stepper.add(stepButton(step));
        }
        Div row = new Div(label("session.range"), stepper);
        row.getElement().setAttribute("title", getTranslation(Touch.key("unit.", stretch.unit())));
        row.addClassName("kiosk-record-row");
        if (lastRange != null) {
            boolean pastStop = guidance.atOrPast(lastRange);
            Integer below = guidance.stayBelowValue();
            String text = pastStop && below != null
                    ? getTranslation("session.range.take-last.past-stop", stretch.unit().format(lastRange), stretch.unit().format(below))
                    : getTranslation("session.range.take-last", stretch.unit().format(lastRange));
            Button takeLast = new Button(text, tap -> setRange(lastRange));
            takeLast.addClassName("kiosk-take-last");
            takeLast.setClassName("past-stop", pastStop);
            row.add(takeLast);
        }
        Integer below = guidance.stayBelowValue();
        if (below != null) {
            Span mark = new Span(getTranslation("session.range.stay-below", stretch.unit().format(below)));
            mark.addClassName("kiosk-pain-mark");
            row.add(mark);
        } else if (guidance.warns()) {
            Span mark = new Span(getTranslation("session.range.stop-no-range"));
            mark.addClassName("kiosk-pain-mark");
            row.add(mark);
        }
        row.add(rangeProblem);
        rangeProblem.addClassName("kiosk-problem");
        return row;
    }

    private Button stepButton(int step) {
        Button button = new Button((step > 0 ? "+" : "−") + Math.abs(step),
                tap -> setRange(Math.max(stretch.rangeMin(), Math.min(stretch.rangeMax(), (range != null ? range : startingRange) + step))));
        button.addClassName("kiosk-step");
        button.setAriaLabel(getTranslation(step > 0 ? "session.range.more" : "session.range.less", Math.abs(step)));
        return button;
    }

    private void setRange(int value) {
        range = value;
        rangeProblem.setText("");
        rangeValue.setText(stretch.unit().format(value));
        onRangeChange.run();
    }

    /** The stepper's small and large steps per unit. */
    static int[] steps(MeasureUnit unit) {
        return unit == MeasureUnit.DEPTH ? new int[] {1} : new int[] {1, 5};
    }

    private Div pressureRow() {
        ChoiceChips<Integer> chips = new ChoiceChips<>(IntStream.rangeClosed(PainScale.MIN, PainScale.MAX).boxed().toList(),
                String::valueOf, p -> {
                    pressure = p;
                    pressureProblem.setText("");
                });
        chips.addClassName("kiosk-scale-chips");
        pressureProblem.addClassName("kiosk-problem");
        Div row = new Div(label("session.pressure"), chips, pressureProblem);
        row.addClassName("kiosk-record-row");
        return row;
    }

    private Div breathingRow() {
        ChoiceChips<Breathing> chips = new ChoiceChips<>(Arrays.asList(Breathing.values()),
                b -> getTranslation(Touch.key("breathing.", b)), b -> breathing = b);
        Span count = new Span(getTranslation("session.breaths.none"));
        count.addClassName("kiosk-breath-count");
        Button fewer = new Button("−", tap -> {
            breathCount = breathCount == null || breathCount <= 0 ? null : breathCount - 1;
            count.setText(breathCount == null ? getTranslation("session.breaths.none") : breathCount.toString());
        });
        fewer.setAriaLabel(getTranslation("session.breaths.fewer"));
        Button more = new Button("+", tap -> {
            breathCount = breathCount == null ? 1 : Math.min(PainScale.BREATH_COUNT_MAX, breathCount + 1);
            count.setText(breathCount.toString());
        });
        more.setAriaLabel(getTranslation("session.breaths.more"));
        Div breaths = new Div(new Span(getTranslation("session.breaths")), fewer, count, more);
        breaths.addClassName("kiosk-breaths");
        Div row = new Div(label("session.breathing"), chips, breaths);
        row.addClassName("kiosk-record-row");
        return row;
    }

    private Div notesRow() {
        Div chips = new Div();
        chips.addClassName("kiosk-chips");
        for (NoteChip chip : NoteChip.values()) {
            Button button = new Button(getTranslation(Touch.key("note-chip.", chip)));
            button.addClassName("kiosk-chip");
            Touch.showPressed(button, false);
            button.addClickListener(tap -> {
                if (!noteChips.remove(chip)) {
                    noteChips.add(chip);
                }
                Touch.showPressed(button, noteChips.contains(chip));
            });
            chips.add(button);
        }
        note.setPlaceholder(getTranslation("session.note.placeholder"));
        note.setAriaLabel(getTranslation("session.note.placeholder"));
        note.setMaxLength(TextLimits.NOTE_MAX_LENGTH);
        note.addClassName("kiosk-note");
        note.addValueChangeListener(change -> note.setInvalid(false));
        Div row = new Div(label("session.notes"), chips, note);
        row.addClassName("kiosk-record-row");
        return row;
    }

    private Span label(String key) {
        Span label = new Span(getTranslation(key));
        label.addClassName("kiosk-record-label");
        return label;
    }
}
