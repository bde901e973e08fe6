package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A value between the buttons that step it (range −5 −1 [31°] +1 +5; breaths − [3] +; pace − [5 s] +). The browser
 * draws it ({@code kiosk-stepper}, see {@link DrawnButtons}): the buttons before the value, the value, the buttons
 * after it, each named for a screen reader. The server keeps the value; a tap reports which step was tapped. With a
 * {@linkplain #setLadder ladder} the browser shows the value a tap leads to in the next frame, before the kiosk answers.
 */
@Tag("kiosk-stepper")
public class Stepper extends DrawnButtons {

    private final IntConsumer onStep;
    private String value = "";

    /**
     * @param valueClass the value's class (its look in the CSS)
     * @param onStep     told the index of the step tapped: those before the value first, then those after it
     */
    public Stepper(String valueClass, IntConsumer onStep) {
        this.onStep = onStep;
        setAttribute("value-class", valueClass);
    }

    /** The steps' words before and after the value, and what a screen reader says for each, in the same order. */
    public void setSteps(List<String> before, List<String> after, List<String> names) {
        List<String> labels = new ArrayList<>(before);
        labels.addAll(after);
        if (names.size() != labels.size()) {
            throw new IllegalArgumentException("A name for each step: " + labels + " " + names);
        }
        setLabels(labels);
        setAttribute("before", Integer.toString(before.size()));
        setAttribute("names", Touch.jsonArray(names));
    }

    /** Words in front of the stepper ("Breaths"). */
    public void setCaption(String words) {
        setAttribute("caption", words);
    }

    /** The class of each step button (its look in the CSS). */
    public void setStepClass(String className) {
        setAttribute("step-class", className);
    }

    public void setValue(String shown) {
        value = shown;
        setAttribute("value", shown);
    }

    /**
     * The values around the current one as the stepper shows them, in order, for the browser to show a tap's value at
     * once: {@code at} is the current value's place (or where the first step starts from when none is set), and
     * {@code moves} how many places each step moves, in the order of the steps. The kiosk's answer stays the truth.
     */
    public void setLadder(List<String> shown, int at, List<Integer> moves) {
        if (at < 0 || at >= shown.size() || moves.size() != labels().size()) {
            throw new IllegalArgumentException("A ladder holds its place and a move per step: " + shown + " " + at + " " + moves);
        }
        setAttribute("ladder", Touch.jsonArray(shown));
        setAttribute("at", Integer.toString(at));
        setAttribute("moves", moves.toString());
    }

    /** The value as the stepper shows it. */
    public String value() {
        return value;
    }

    @Override
    protected void tapped(int index) {
        onStep.accept(index);
    }
}
