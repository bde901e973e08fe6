package com.stretchkiosk.history.ui;

import com.stretchkiosk.base.Problem;
import com.stretchkiosk.base.Words;
import com.stretchkiosk.base.ui.ChoiceChips;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.history.FactLine;
import com.stretchkiosk.visit.AttemptField;
import com.stretchkiosk.visit.Breathing;
import com.stretchkiosk.visit.Correction;
import com.stretchkiosk.visit.Side;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The correction of one past attempt or pain stop, opened in place under its line in the visit record: side, range,
 * pressure, breathing and note start at what was stored, and a reason is asked for. A refusal is shown at its field;
 * nothing typed is lost.
 */
final class CorrectionForm extends Div {

    private final FactLine fact;
    private final ChoiceChips<Side> side;
    private final NumberField range = new NumberField();
    private final FactText text;
    private final IntegerField pressure = new IntegerField();
    private final ChoiceChips<Breathing> breathing;
    private final TextField note = new TextField();
    private final TextField reason = new TextField();
    /** The fact id of this correction, made once: a second tap on Save resends the same correction. */
    private final UUID factId = UUID.randomUUID();

    /**
     * @param save stores the correction and returns the refusals by field (empty when it was stored)
     * @param close called after a stored correction or Cancel
     */
    CorrectionForm(FactLine fact, FactText text, Function<Correction, Map<AttemptField, Problem>> save, Runnable close) {
        this.fact = fact;
        this.text = text;
        addClassName("kiosk-correction");
        side = new ChoiceChips<>(List.of(Side.LEFT, Side.RIGHT), s -> getTranslation(Words.key("history.side.", s)), s -> { });
        side.select(fact.side());
        // The range as the studio reads it (reach in inches in an inches studio), stored in its own unit.
        range.setLabel(getTranslation("history.correct.range", getTranslation(text.measures().unitKey(fact.unit()))));
        range.setValue(fact.range() == null ? null : text.measures().shown(fact.unit(), fact.range()));
        range.setStep(text.measures().step(fact.unit()));
        range.setStepButtonsVisible(true);
        pressure.setLabel(getTranslation("history.correct.pressure"));
        pressure.setValue(fact.pressure());
        pressure.setMin(0);
        pressure.setMax(10);
        pressure.setStepButtonsVisible(true);
        breathing = new ChoiceChips<>(List.of(Breathing.values()), b -> getTranslation(Words.key("breathing.", b)), b -> { });
        breathing.select(fact.breathing());
        note.setLabel(getTranslation("history.correct.note"));
        note.setValue(fact.note() == null ? "" : fact.note());
        reason.setLabel(getTranslation("history.correct.reason"));
        reason.setRequiredIndicatorVisible(true);
        // The note and, above all, why: room for a sentence, the whole form wide.
        note.addClassName("kiosk-correction-wide");
        reason.addClassName("kiosk-correction-wide");
        add(new H2(getTranslation("history.correct.title", text.stretchSide(fact.stretchName(), fact.side()),
                fact.repetition())));
        if (fact.side() != Side.NONE) {
            add(side);
        }
        add(range, pressure, breathing, note, reason);
        Div actions = new Div(Touch.primary(getTranslation("history.correct.save"), tap -> {
            Map<AttemptField, Problem> problems = save.apply(correction());
            show(problems);
            if (problems.isEmpty()) {
                close.run();
            }
        }), Touch.secondary(getTranslation("history.correct.cancel"), tap -> close.run()));
        actions.addClassName("kiosk-correction-actions");
        add(actions);
    }

    private Correction correction() {
        Side chosen = side.selected();
        Double shown = range.getValue();
        return new Correction(factId, fact.attemptFactId(), fact.side() == Side.NONE || chosen == null ? fact.side() : chosen,
                shown == null ? null : text.measures().stored(fact.unit(), shown), pressure.getValue(), breathing.selected(),
                note.getValue(), reason.getValue());
    }

    private void show(Map<AttemptField, Problem> problems) {
        Map<AttemptField, HasValidation> fields = new EnumMap<>(AttemptField.class);
        fields.put(AttemptField.RANGE, range);
        fields.put(AttemptField.PRESSURE, pressure);
        fields.put(AttemptField.NOTE, note);
        fields.put(AttemptField.REASON, reason);
        fields.forEach((field, input) -> Touch.showProblem(input, problems.get(field)));
        problems.forEach((field, problem) -> {
            if (!fields.containsKey(field)) {
                Touch.showProblem(reason, problem);
            }
        });
    }

}
