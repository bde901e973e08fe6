package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.TextLimits;
import com.stretchkiosk.base.ui.ChoiceChips;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.visit.BodyRegion;
import com.stretchkiosk.visit.BodySide;
import com.stretchkiosk.visit.PainKind;
import com.stretchkiosk.visit.PainStopDetail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * After STOP: where, how bad and what kind, all optional. It does not block the screen; each chip tap is
 * stored at once as the pain stop's latest description.
 */
class PainStopPanel extends Div {

    private PainStopDetail detail;

    private final Span saved = new Span();

    /** {@code onChange} stores the description and says whether it was stored. */
    PainStopPanel(String heading, BodySide likelySide, Predicate<PainStopDetail> onChange, Runnable onClose) {
        addClassName("kiosk-stop-panel");
        detail = PainStopDetail.NONE.withSide(likelySide);
        H2 title = new H2(heading);
        Button close = Touch.secondary(getTranslation("session.stop.done"), tap -> onClose.run());
        close.addClassName("kiosk-stop-panel-close");
        saved.addClassName("kiosk-saved-mark");
        Div top = new Div(title, saved, close);
        top.addClassName("kiosk-stop-panel-top");

        ChoiceChips<BodyRegion> region = new ChoiceChips<>(Arrays.asList(BodyRegion.values()),
                r -> getTranslation(Touch.key("region.", r)), r -> change(detail.withRegion(r), onChange));
        region.addClassName("kiosk-region-chips");
        ChoiceChips<BodySide> side = new ChoiceChips<>(Arrays.asList(BodySide.values()),
                s -> getTranslation(Touch.key("body-side.", s)), s -> change(detail.withSide(s), onChange));
        side.select(likelySide);
        ChoiceChips<Integer> score = new ChoiceChips<>(IntStream.rangeClosed(0, 10).boxed().toList(),
                String::valueOf, n -> change(detail.withScore(n), onChange));
        score.addClassName("kiosk-scale-chips");
        ChoiceChips<PainKind> kind = new ChoiceChips<>(Arrays.asList(PainKind.values()),
                k -> getTranslation(Touch.key("pain-kind.", k)), k -> change(detail.withKind(k), onChange));
        TextArea note = new TextArea(getTranslation("session.stop.note"));
        note.setMaxLength(TextLimits.NOTE_MAX_LENGTH);
        Button saveNote = Touch.secondary(getTranslation("session.stop.save-note"),
                tap -> change(detail.withNote(note.getValue()), onChange));

        add(top, label("session.stop.where"), region, side, label("session.stop.how-bad"), score,
                label("session.stop.kind"), kind, note, saveNote);
    }

    private void change(PainStopDetail changed, Predicate<PainStopDetail> onChange) {
        detail = changed;
        saved.setText(onChange.test(changed) ? getTranslation("session.stop.detail-saved") : "");
    }

    private Span label(String key) {
        Span label = new Span(getTranslation(key));
        label.addClassName("kiosk-panel-label");
        return label;
    }
}
