package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.TextLimits;
import com.stretchkiosk.base.Words;
import com.stretchkiosk.base.ui.ChoiceChips;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.visit.BodyRegion;
import com.stretchkiosk.visit.BodySide;
import com.stretchkiosk.visit.PainKind;
import com.stretchkiosk.visit.PainScale;
import com.stretchkiosk.visit.PainStopDetail;
import com.stretchkiosk.visit.StopRange;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.catalog.Stretch;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * After STOP: first "At what range?" on the stretch's stepper, pre-set to the best value known and confirmed in one
 * tap, changed, or answered "Not measured"; then where, how bad and what kind, all optional, each stored at once as
 * the stop's latest description. It takes the place of the steps, timer and recording (it covers nothing); STOP stays where it
 * is, and Close stands far from it: top right in landscape, bottom right in portrait (kiosk.css).
 */
class PainStopPanel extends Div {

    private PainStopDetail detail;
    private final Span saved = new Span();

    /** What the range question needs: the stretch, how to write its unit, and the value to pre-set. */
    record RangeQuestion(Stretch stretch, Measures measures, @Nullable Integer preset) {
    }

    /**
     * @param current  the stop's description so far (a second STOP opens the same stop with it)
     * @param question the range question, or null for a stretch this screen does not know
     * @param onChange stores a description and says whether it was stored
     */
    PainStopPanel(String heading, PainStopDetail current, BodySide likelySide, @Nullable RangeQuestion question,
            Predicate<PainStopDetail> onChange, Runnable onClose) {
        addClassName("kiosk-stop-panel");
        detail = current.equals(PainStopDetail.NONE) ? current.withSide(likelySide) : current;
        H2 title = new H2(heading);
        saved.addClassName("kiosk-saved-mark");
        Div top = new Div(title, saved);
        top.addClassName("kiosk-stop-panel-top");
        Button close = Touch.secondary(getTranslation("session.stop.done"), tap -> onClose.run());
        close.addClassName("kiosk-stop-panel-close");

        ChoiceChips<BodyRegion> region = new ChoiceChips<>(Arrays.asList(BodyRegion.values()),
                r -> getTranslation(Words.key("region.", r)), r -> change(detail.withRegion(r), onChange));
        region.addClassName("kiosk-region-chips");
        region.select(detail.region());
        ChoiceChips<BodySide> side = new ChoiceChips<>(Arrays.asList(BodySide.values()),
                s -> getTranslation(Words.key("body-side.", s)), s -> change(detail.withSide(s), onChange));
        side.select(detail.side());
        ChoiceChips<Integer> score = new ChoiceChips<>(IntStream.rangeClosed(PainScale.MIN, PainScale.MAX).boxed().toList(),
                String::valueOf, n -> change(detail.withScore(n), onChange));
        score.addClassName("kiosk-scale-chips");
        score.select(detail.score());
        ChoiceChips<PainKind> kind = new ChoiceChips<>(Arrays.asList(PainKind.values()),
                k -> getTranslation(Words.key("pain-kind.", k)), k -> change(detail.withKind(k), onChange));
        kind.select(detail.kind());
        TextArea note = new TextArea();
        note.setAriaLabel(getTranslation("session.stop.note"));
        note.setPlaceholder(getTranslation("session.stop.note"));
        note.setMaxLength(TextLimits.NOTE_MAX_LENGTH);
        note.setValue(detail.note() == null ? "" : detail.note());
        Button saveNote = Touch.secondary(getTranslation("session.stop.save-note"),
                tap -> change(detail.withNote(note.getValue()), onChange));
        Div noteRow = new Div(note, saveNote);
        noteRow.addClassName("kiosk-stop-note-row");
        // A note is one tap away ("Add a note"): the range, where, side, how bad and kind fit without scrolling.
        Button addNote = Touch.secondary(getTranslation("session.stop.add-note"), tap -> {
            tap.getSource().setVisible(false);
            noteRow.setVisible(true);
            note.focus();
        });
        addNote.addClassName("kiosk-stop-add-note");
        boolean hasNote = detail.note() != null;
        noteRow.setVisible(hasNote);
        addNote.setVisible(!hasNote);

        Div body = new Div();
        if (question != null) {
            body.add(rangeRow(question, onChange));
        }
        body.add(row("session.stop.where", region), row("session.stop.side", side), row("session.stop.how-bad", score),
                row("session.stop.kind", kind, addNote), noteRow);
        body.addClassName("kiosk-stop-panel-body");
        add(top, body, close);
    }

    /** "At what range?": the stepper pre-set, "This range" confirms what it shows, "Not measured" says so. */
    private Div rangeRow(RangeQuestion question, Predicate<PainStopDetail> onChange) {
        Stretch stretch = question.stretch();
        Span answer = new Span();
        answer.addClassName("kiosk-saved-mark");
        RangeStepper stepper = new RangeStepper(question.measures(), this::getTranslation, value -> answer.setText(""));
        StopRange given = detail.range();
        stepper.reset(stretch, given != null && given.value() != null ? given.value() : question.preset(),
                question.preset() != null ? question.preset() : (stretch.rangeMin() + stretch.rangeMax()) / 2);
        Button confirm = Touch.secondary(getTranslation("session.stop.range.confirm"), tap -> {
            Integer value = stepper.value();
            if (value != null && answer(detail.withRange(StopRange.at(value)), onChange)) {
                answer.setText(getTranslation("session.stop.range.saved", question.measures().format(stretch.unit(), value)));
            }
        });
        confirm.addClassName("kiosk-stop-range-confirm");
        Button none = Touch.secondary(getTranslation("session.stop.range.not-measured"), tap -> {
            if (answer(detail.withRange(StopRange.NOT_MEASURED), onChange)) {
                answer.setText(getTranslation("session.stop.range.none-saved"));
            }
        });
        none.addClassName("kiosk-stop-range-none");
        if (given != null) {
            answer.setText(given.value() == null ? getTranslation("session.stop.range.none-saved")
                    : getTranslation("session.stop.range.saved", question.measures().format(stretch.unit(), given.value())));
        }
        Div row = row("session.stop.range", stepper.component(), confirm, none, answer);
        row.addClassName("kiosk-stop-range-row");
        return row;
    }

    private boolean answer(PainStopDetail changed, Predicate<PainStopDetail> onChange) {
        boolean stored = onChange.test(changed);
        if (stored) {
            detail = changed;
        }
        return stored;
    }

    private void change(PainStopDetail changed, Predicate<PainStopDetail> onChange) {
        detail = changed;
        saved.setText(onChange.test(changed) ? getTranslation("session.stop.detail-saved") : "");
    }

    private Div row(String labelKey, com.vaadin.flow.component.Component... chips) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("kiosk-panel-label");
        Div row = new Div(label);
        row.add(chips);
        row.addClassName("kiosk-stop-panel-row");
        return row;
    }
}
