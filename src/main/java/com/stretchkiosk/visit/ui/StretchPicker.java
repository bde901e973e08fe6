package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.visit.Attempt;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.Previous;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.StretchSide;
import com.stretchkiosk.visit.VisitSheet;
import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The stretch tiles, grouped as the catalog groups them, with today's marks and last visit's range. */
class StretchPicker extends Div {

    StretchPicker() {
        addClassName("kiosk-picker");
    }

    void show(List<Stretch> stretches, VisitSheet sheet, @Nullable Long activeStretchId, Consumer<Stretch> onPick) {
        removeAll();
        String group = null;
        for (Stretch stretch : stretches) {
            if (!stretch.groupName().equals(group)) {
                group = stretch.groupName();
                H3 heading = new H3(group);
                heading.addClassName("kiosk-picker-group");
                add(heading);
            }
            Tile tile = new Tile(stretch, sheet, stretch.id() == (activeStretchId == null ? -1 : activeStretchId));
            tile.addClickListener(tap -> onPick.accept(stretch));
            add(tile);
        }
    }

    static List<Side> sides(Stretch stretch) {
        return stretch.sided() ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.NONE);
    }

    /** One stretch: name, position, a mark per side (✓ done, ✕ pain stop, – skipped) and last visit's range. */
    static final class Tile extends Composite<Div> implements ClickNotifier<Tile> {

        private final Stretch stretch;

        Tile(Stretch stretch, VisitSheet sheet, boolean active) {
            this.stretch = stretch;
            Div tile = getContent();
            tile.addClassName("kiosk-stretch-tile");
            if (active) {
                tile.addClassName("active");
            }
            tile.getElement().setAttribute("role", "button");
            Span name = new Span(stretch.name());
            name.addClassName("kiosk-stretch-tile-name");
            Span position = new Span(stretch.position());
            position.addClassName("kiosk-stretch-tile-position");
            tile.add(name, position);

            List<String> marks = new ArrayList<>();
            List<String> last = new ArrayList<>();
            boolean allDone = true;
            for (Side side : sides(stretch)) {
                StretchSide key = new StretchSide(stretch.id(), side);
                List<Attempt> today = sheet.attemptsOf(key);
                String prefix = side == Side.NONE ? "" : tile.getTranslation(Touch.key("session.side.short.", side)) + " ";
                marks.add(prefix + mark(today));
                allDone &= !today.isEmpty();
                if (today.stream().anyMatch(a -> a.outcome() == Outcome.STOPPED_FOR_PAIN)) {
                    tile.addClassName("pain");
                }
                Previous previous = sheet.previous(key);
                if (previous.lastRange() != null) {
                    last.add(prefix + stretch.unit().format(previous.lastRange()));
                }
            }
            if (allDone) {
                tile.addClassName("done");
            }
            Span status = new Span(String.join("  ", marks));
            status.addClassName("kiosk-stretch-tile-marks");
            Span lastVisit = new Span(last.isEmpty() ? tile.getTranslation("session.picker.no-last")
                    : tile.getTranslation("session.picker.last", String.join(" · ", last)));
            lastVisit.addClassName("kiosk-stretch-tile-last");
            tile.add(status, lastVisit);
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

        Stretch stretch() {
            return stretch;
        }
    }
}
