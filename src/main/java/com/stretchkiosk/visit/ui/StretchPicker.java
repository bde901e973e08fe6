package com.stretchkiosk.visit.ui;

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
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The stretch tiles, grouped as the catalog groups them, each with today's marks, last visit's range and any
 * unresolved pain stop. After a tap only the tiles whose facts changed are drawn again.
 */
class StretchPicker extends Composite<Nav> {

    private final Map<Long, Tile> tiles = new LinkedHashMap<>();

    StretchPicker(List<Stretch> stretches, Consumer<Stretch> onPick) {
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
            Tile tile = new Tile(stretch);
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

    /** One stretch: name, position, a mark per side (✓ done, ✕ pain stop, – skipped), last range, cautions. */
    static final class Tile extends Composite<Div> implements ClickNotifier<Tile> {

        private final Stretch stretch;
        private @Nullable List<String> shown;

        Tile(Stretch stretch) {
            this.stretch = stretch;
            Div tile = getContent();
            tile.addClassName("kiosk-stretch-tile");
            tile.getElement().setAttribute("role", "button");
            tile.getElement().setAttribute("tabindex", "0");
        }

        Stretch stretch() {
            return stretch;
        }

        void show(VisitSheet sheet, boolean active) {
            List<String> marks = new ArrayList<>();
            List<String> last = new ArrayList<>();
            List<String> cautions = new ArrayList<>();
            boolean allDone = true;
            boolean pain = false;
            for (Side side : SessionCourse.sides(stretch)) {
                StretchSide key = new StretchSide(stretch.id(), side);
                List<Attempt> today = sheet.attemptsOf(key);
                String prefix = side == Side.NONE ? "" : getTranslation(Touch.key("session.side.short.", side)) + " ";
                marks.add(prefix + mark(today));
                allDone &= !today.isEmpty();
                pain |= today.stream().anyMatch(a -> a.outcome() == Outcome.STOPPED_FOR_PAIN);
                Previous previous = sheet.previous(key, stretch.unit());
                if (previous.lastRange() != null) {
                    last.add(prefix + stretch.unit().format(previous.lastRange()));
                }
                Guidance guidance = sheet.guidance(key, stretch.unit());
                if (guidance.warns()) {
                    Integer below = guidance.stayBelowValue();
                    cautions.add(prefix + (below == null ? getTranslation("session.picker.caution-no-range")
                            : getTranslation("session.picker.stay-below", stretch.unit().format(below))));
                }
            }
            List<String> state = List.of(String.join("  ", marks), String.join(" · ", last), String.join(" · ", cautions),
                    Boolean.toString(active), Boolean.toString(allDone), Boolean.toString(pain));
            if (state.equals(shown)) {
                return;
            }
            shown = state;
            Div tile = getContent();
            tile.removeAll();
            tile.setClassName("active", active);
            tile.setClassName("done", allDone);
            tile.setClassName("pain", pain);
            tile.setClassName("caution", !cautions.isEmpty());
            tile.getElement().setAttribute("aria-current", active ? "true" : "false");
            Span name = new Span(stretch.name());
            name.addClassName("kiosk-stretch-tile-name");
            Span position = new Span(stretch.position());
            position.addClassName("kiosk-stretch-tile-position");
            Span status = new Span(String.join("  ", marks));
            status.addClassName("kiosk-stretch-tile-marks");
            Span lastVisit = new Span(last.isEmpty() ? getTranslation("session.picker.no-last")
                    : getTranslation("session.picker.last", String.join(" · ", last)));
            lastVisit.addClassName("kiosk-stretch-tile-last");
            tile.add(name, position, status, lastVisit);
            if (!cautions.isEmpty()) {
                Span caution = new Span("⚠ " + String.join(" · ", cautions));
                caution.addClassName("kiosk-stretch-tile-caution");
                tile.add(caution);
            }
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
