package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.Words;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.visit.Attempt;
import com.stretchkiosk.visit.Guidance;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.Previous;
import com.stretchkiosk.visit.SessionCourse;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.StretchSide;
import com.stretchkiosk.visit.VisitSheet;
import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Nav;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The stretch tiles, grouped as the catalog groups them, each with today's marks, last visit's range and any
 * unresolved pain stop. After a tap only the tiles whose facts changed are drawn again.
 */
class StretchPicker extends Composite<Nav> {

    private final Map<Long, Tile> tiles = new LinkedHashMap<>();
    private final SessionText text;

    StretchPicker(List<Stretch> stretches, SessionText text, Consumer<Stretch> onPick) {
        this.text = text;
        Nav nav = getContent();
        nav.addClassName("kiosk-picker");
        nav.getElement().setAttribute("aria-label", getTranslation("session.picker.label"));
        String group = null;
        for (Stretch stretch : stretches) {
            if (!stretch.groupName().equals(group)) {
                group = stretch.groupName();
                H3 heading = new H3(group);
                heading.addClassName("kiosk-picker-group");
                nav.add(heading);
            }
            Tile tile = new Tile(stretch, text);
            tile.addClickListener(tap -> onPick.accept(stretch));
            tiles.put(stretch.id(), tile);
            nav.add(tile);
        }
    }

    /** Draws the tiles whose state differs from what they show. */
    void show(VisitSheet sheet, @Nullable Long activeStretchId) {
        tiles.values().forEach(tile -> tile.show(sheet, activeStretchId != null && tile.stretch().id() == activeStretchId));
    }

    List<Tile> tiles() {
        return List.copyOf(tiles.values());
    }

    /**
     * One stretch: name, position, a mark per side (✓ done, ✕ pain stop, – skipped), last range, cautions. The
     * browser draws its lines from five attributes (frontend/session.js, {@code kiosk-tile}): one element on the
     * server per tile rather than eleven, and a changed fact is one attribute in the answer.
     */
    @Tag("kiosk-tile")
    static final class Tile extends Component implements ClickNotifier<Tile>, HasStyle {

        private final Stretch stretch;
        private final SessionText text;
        private @Nullable List<String> shown;

        Tile(Stretch stretch, SessionText text) {
            this.stretch = stretch;
            this.text = text;
            addClassName("kiosk-stretch-tile");
            getElement().setAttribute("role", "button");
            getElement().setAttribute("tabindex", "0");
            getElement().setAttribute("name", stretch.name());
            getElement().setAttribute("position", stretch.position());
        }

        Stretch stretch() {
            return stretch;
        }

        /** Today's marks as the tile shows them ("L ✓  R ○"). */
        String marks() {
            return Objects.requireNonNullElse(getElement().getAttribute("marks"), "");
        }

        /** The caution line as the tile shows it, empty when there is none. */
        String caution() {
            return Objects.requireNonNullElse(getElement().getAttribute("caution"), "");
        }

        /** Shows today's marks, last visit's range and the cautions; only what changed reaches the browser. */
        void show(VisitSheet sheet, boolean active) {
            List<String> sideMarks = new ArrayList<>();
            List<String> lastRanges = new ArrayList<>();
            List<String> cautions = new ArrayList<>();
            boolean allDone = true;
            boolean pain = false;
            for (Side side : SessionCourse.sides(stretch)) {
                StretchSide key = new StretchSide(stretch.id(), side);
                List<Attempt> today = sheet.attemptsOf(key);
                String prefix = side == Side.NONE ? "" : getTranslation(Words.key("session.side.short.", side)) + " ";
                sideMarks.add(prefix + mark(today));
                allDone &= !today.isEmpty();
                pain |= today.stream().anyMatch(a -> a.outcome() == Outcome.STOPPED_FOR_PAIN);
                Previous previous = sheet.previous(key, stretch.unit());
                if (previous.lastRange() != null) {
                    lastRanges.add(prefix + text.value(stretch.unit(), previous.lastRange()));
                }
                Guidance guidance = sheet.guidance(key, stretch.unit());
                if (guidance.warns()) {
                    Integer below = guidance.stayBelowValue();
                    cautions.add(prefix + (below == null ? getTranslation("session.picker.caution-no-range")
                            : getTranslation("session.picker.stay-below", text.value(stretch.unit(), below))));
                }
            }
            List<String> state = List.of(String.join("  ", sideMarks), String.join(" · ", lastRanges), String.join(" · ", cautions),
                    Boolean.toString(active), Boolean.toString(allDone), Boolean.toString(pain));
            if (state.equals(shown)) {
                return;
            }
            shown = state;
            setClassName("active", active);
            setClassName("done", allDone);
            setClassName("pain", pain);
            setClassName("caution", !cautions.isEmpty());
            getElement().setAttribute("aria-current", active ? "true" : "false");
            Touch.setAttribute(this, "marks", state.get(0));
            Touch.setAttribute(this, "last", lastRanges.isEmpty() ? getTranslation("session.picker.no-last")
                    : getTranslation("session.picker.last", state.get(1)));
            Touch.setAttribute(this, "caution", cautions.isEmpty() ? "" : "⚠ " + state.get(2));
        }

        private static String mark(List<Attempt> today) {
            if (today.isEmpty()) {
                return "○";
            }
            if (today.stream().anyMatch(a -> a.outcome() == Outcome.STOPPED_FOR_PAIN)) {
                return "✕";
            }
            if (today.stream().allMatch(a -> a.outcome() == Outcome.SKIPPED)) {
                return "–";
            }
            return "✓";
        }
    }
}
