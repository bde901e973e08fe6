package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.TextLimits;
import com.stretchkiosk.base.ui.ChoiceChips;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.PainScale;
import com.stretchkiosk.visit.SessionCourse;
import com.stretchkiosk.visit.SummaryLine;
import com.stretchkiosk.visit.VisitSheet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** The session screen's panels without an active stretch: pain before, the pick prompt, the end and an ended session. */
final class SessionPanels {

    private SessionPanels() {
    }

    /** Pain before, one tap or Skip; the cautions stand first. */
    static Div painBefore(VisitSheet sheet, SessionText text, IntConsumer onScore, Runnable onSkip) {
        Div panel = question(sheet, text);
        ChoiceChips<Integer> scale = scale(onScore::accept);
        Button skip = Touch.secondary(text.t("session.pain-before.skip"), tap -> onSkip.run());
        skip.addClassName("kiosk-pain-skip");
        panel.add(new H2(text.t("session.pain-before.question")), new Paragraph(text.t("session.pain-scale.hint")), scale, skip);
        return panel;
    }

    /** Between stretches: the cautions, and which stretch next. */
    static Div pick(VisitSheet sheet, SessionText text) {
        Div panel = question(sheet, text);
        Paragraph prompt = new Paragraph(text.t(sheet.attempts().isEmpty() ? "session.pick.first" : "session.pick.next"));
        prompt.addClassName("kiosk-session-prompt");
        panel.add(prompt);
        return panel;
    }

    /** End: pain after, a closing note, the summary, Finish or back to the stretches. */
    static Div end(SessionCourse course, List<Stretch> catalog, SessionText text, IntConsumer onPainAfter,
            Consumer<TextArea> onFinish, Runnable onBack) {
        ChoiceChips<Integer> after = scale(onPainAfter::accept);
        after.select(course.sheet().painAfter());
        TextArea closingNote = new TextArea(text.t("session.end.note"));
        closingNote.setMaxLength(TextLimits.NOTE_MAX_LENGTH);
        closingNote.addClassName("kiosk-closing-note");
        Button finish = Touch.primary(text.t("session.end.finish"), tap -> onFinish.accept(closingNote));
        Button back = Touch.secondary(text.t("session.end.back"), tap -> onBack.run());
        Div actions = new Div(finish, back);
        actions.addClassName("kiosk-actions");
        Span painLabel = new Span(text.t("session.end.pain-after"));
        painLabel.addClassName("kiosk-record-label");
        // Finish before the summary, which may be long: it is what the screen always has room for.
        Div panel = new Div(new H2(text.t("session.end.title")), painLabel, after, closingNote, actions, summary(course, catalog, text));
        panel.addClassName("kiosk-session-end-panel");
        return panel;
    }

    /** An ended session, read-only: when it ended and its summary against the visit before it. */
    static Div ended(SessionCourse course, List<Stretch> catalog, SessionText text, String endedAt, Component toClient) {
        Paragraph ended = new Paragraph(text.t("session.ended", endedAt));
        ended.addClassName("kiosk-session-prompt");
        Div panel = new Div(ended, summary(course, catalog, text), toClient);
        panel.addClassName("kiosk-session-end-panel");
        return panel;
    }

    static Div summary(SessionCourse course, List<Stretch> catalog, SessionText text) {
        Div summary = new Div(new H2(text.t("session.summary")));
        summary.addClassName("kiosk-summary");
        List<SummaryLine> lines = course.summary(catalog);
        if (lines.isEmpty()) {
            summary.add(new Paragraph(text.t("session.summary.none")));
        }
        for (SummaryLine line : lines) {
            Paragraph paragraph = new Paragraph(text.summary(line));
            paragraph.addClassName(line.outcome() == Outcome.STOPPED_FOR_PAIN ? "kiosk-summary-pain" : "kiosk-summary-line");
            summary.add(paragraph);
        }
        return summary;
    }

    private static Div question(VisitSheet sheet, SessionText text) {
        Div panel = new Div();
        panel.addClassName("kiosk-session-question");
        if (CautionList.hasAny(sheet, text)) {
            panel.add(new CautionList(sheet, text));
        }
        return panel;
    }

    private static ChoiceChips<Integer> scale(Consumer<Integer> onTap) {
        ChoiceChips<Integer> scale = new ChoiceChips<>(IntStream.rangeClosed(PainScale.MIN, PainScale.MAX).boxed().toList(),
                String::valueOf, onTap);
        scale.addClassNames("kiosk-scale-chips", "kiosk-scale-large");
        return scale;
    }
}
