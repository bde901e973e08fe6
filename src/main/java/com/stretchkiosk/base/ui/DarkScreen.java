package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.UI;

/**
 * The dark screen for a dim studio: Lumo's dark theme on the whole page (its {@code theme="dark"} on the root),
 * with the kiosk's own colours following it (kiosk.css, session.css). Set per tablet by a manager; a client display
 * is always dark.
 */
public final class DarkScreen {

    private DarkScreen() {
    }

    public static void apply(UI ui, boolean dark) {
        ui.getPage().executeJs("document.documentElement.toggleAttribute('theme', $0); if ($0) { document.documentElement.setAttribute('theme', 'dark'); }", dark);
    }

    /** On the current page. */
    public static void apply(boolean dark) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            apply(ui, dark);
        }
    }
}
