package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.UI;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.stretchkiosk.base.Problem;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** Touch-sized controls shared by every screen (targets ≥ 48 px, primary actions ≥ 64 px; see kiosk.css). */
public final class Touch {

    private Touch() {
    }

    /** The one main action of a screen: large and coloured. */
    public static Button primary(String text, ComponentEventListener<ClickEvent<Button>> onTap) {
        Button button = new Button(text, onTap);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.addClassName("kiosk-primary");
        return button;
    }

    /** A secondary action, still a comfortable touch target. */
    public static Button secondary(String text, ComponentEventListener<ClickEvent<Button>> onTap) {
        Button button = new Button(text, onTap);
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        button.addClassName("kiosk-secondary");
        return button;
    }

    /** Shows a refusal next to its field, or clears it. */
    public static void showProblem(HasValidation field, @Nullable Problem problem) {
        if (problem == null) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        } else {
            field.setErrorMessage(((com.vaadin.flow.component.Component) field)
                    .getTranslation(problem.messageKey(), problem.argumentArray()));
            field.setInvalid(true);
        }
    }

    /** A refusal that has no field of its own to stand next to. */
    public static void refused(String message) {
        say(message, "refused", NotificationVariant.LUMO_ERROR);
    }

    /**
     * The eye of a password field (or of every password field in a form) says what it does in the studio's words:
     * the component's own label is English.
     */
    public static void revealInWords(com.vaadin.flow.component.Component field) {
        field.getElement().executeJs("(this.localName === 'vaadin-password-field' ? [this] : [...this.querySelectorAll('vaadin-password-field')])"
                + ".forEach(p => p.i18n = Object.assign({}, p.i18n, {reveal: $0}))", field.getTranslation("app.password.reveal"));
    }

    /**
     * A long list's first {@code first} items, drawn into {@code rows} by {@code draw}, and after them in
     * {@code parent} a button that draws the rest and goes: a ten-year list opens as fast as a new one.
     */
    public static <T> void firstThenAll(HasComponents parent, Div rows, List<T> items, int first, String showAll,
            BiConsumer<Div, List<T>> draw) {
        draw.accept(rows, items.subList(0, Math.min(first, items.size())));
        if (items.size() > first) {
            Button more = secondary(showAll, tap -> { });
            more.addClickListener(tap -> {
                more.setVisible(false);
                draw.accept(rows, items.subList(first, items.size()));
            });
            parent.add(more);
        }
    }

    /** Words for an element the browser draws (kiosk.js): a JSON array in an attribute. */
    public static String jsonArray(List<String> words) {
        return tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(words);
    }

    /** Sets a text only when it differs, so an unchanged text sends nothing to the browser. */
    public static void setText(com.vaadin.flow.component.HasText component, String text) {
        if (!text.equals(component.getText())) {
            component.setText(text);
        }
    }

    /** Sets an attribute only when it differs, so an unchanged attribute sends nothing to the browser. */
    public static void setAttribute(com.vaadin.flow.component.HasElement component, String name, String value) {
        if (!value.equals(component.getElement().getAttribute(name))) {
            component.getElement().setAttribute(name, value);
        }
    }

    /** A short confirmation that something was stored: shown only after the commit returned. */
    public static void saved(String message) {
        say(message, "saved", NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * Says it in the frame's status line, in the page's layout (never over a control); a screen outside the frame
     * (sign-in, first start) has no line and shows a notification in the middle instead.
     */
    private static void say(String message, String kind, NotificationVariant variant) {
        UI ui = UI.getCurrent();
        java.util.Optional<StatusLine> line = ui == null ? java.util.Optional.empty()
                : ui.getInternals().getActiveRouterTargetsChain().stream().filter(MainLayout.class::isInstance).map(MainLayout.class::cast)
                        .findFirst().map(MainLayout::status);
        if (line.isPresent()) {
            line.get().show(message, kind);
        } else if (ui != null) {
            // A screen outside the frame that moves into it (first start, then the client list) hands the message on.
            StatusLine.Pending pending = new StatusLine.Pending(message, kind);
            com.vaadin.flow.component.ComponentUtil.setData(ui, StatusLine.Pending.class, pending);
            ui.beforeClientResponse(ui, context -> {
                if (com.vaadin.flow.component.ComponentUtil.getData(ui, StatusLine.Pending.class) == pending) {
                    com.vaadin.flow.component.ComponentUtil.setData(ui, StatusLine.Pending.class, null);
                    Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(variant);
                }
            });
        }
    }
}
