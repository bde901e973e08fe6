package com.stretchkiosk.chain.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.TextLimits;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.chain.ChainFigures;
import com.stretchkiosk.chain.ChainRefusedException;
import com.stretchkiosk.chain.ChainStudio;
import com.stretchkiosk.chain.HubService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * For a manager of the chain's hub: the studios, when each last sent its rows and how many the hub holds, and a new
 * studio with its credential, shown once, to configure on that studio's kiosk.
 */
@Route(value = "manager/chain", layout = MainLayout.class)
@RolesAllowed(StudioUser.MANAGER)
public class ChainView extends VerticalLayout implements HasDynamicTitle {

    private final HubService hub;
    private final StudioTime time;
    private final Div list = new Div();
    /** A credential just issued, shown this once. */
    private final Paragraph credential = new Paragraph();

    public ChainView(HubService hub, StudioTime time) {
        this.hub = hub;
        this.time = time;
        addClassName("kiosk-chain");
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        add(new H1(getTranslation("chain.title")));
        if (!hub.enabled()) {
            add(new Paragraph(getTranslation("chain.not-a-hub")));
            return;
        }
        TextField name = new TextField(getTranslation("chain.studio.label"));
        name.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        credential.addClassName("kiosk-chain-credential");
        credential.setVisible(false);
        var add = Touch.primary(getTranslation("chain.studio.add"), tap -> {
            try {
                String issued = hub.addStudio(name.getValue());
                credential.setText(getTranslation("chain.studio.credential", name.getValue().strip(), issued));
                credential.setVisible(true);
                name.clear();
                Touch.showProblem(name, null);
                show();
            } catch (ChainRefusedException refused) {
                Touch.showProblem(name, refused.problem());
            }
        });
        Div addRow = new Div(name, add);
        addRow.addClassName("kiosk-newcomer");
        add(new Paragraph(getTranslation("chain.intro")), addRow, credential, list);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chain.title");
    }

    private void show() {
        list.removeAll();
        ChainFigures figures = hub.figures();
        Paragraph across = new Paragraph(getTranslation("chain.figures", figures.studios().size(), figures.sessions(), figures.clients(),
                figures.repetitions(), figures.painStops(), per100(figures.painStopsPer100()), figures.clientsOfSeveralStudios()));
        across.addClassName("kiosk-chain-figures");
        list.add(across);
        for (ChainStudio studio : figures.studios()) {
            list.add(row(studio));
        }
    }

    /** A studio's row: its figures, a warning when it reads far more than it sends, and its credential's controls. */
    private Div row(ChainStudio studio) {
        Span name = new Span(studio.name());
        name.addClassName("kiosk-therapist-name");
        Span status = new Span(studio.revokedAt() != null ? getTranslation("chain.studio.revoked", time.dateTime(studio.revokedAt()))
                : getTranslation("chain.studio.status", studio.records(),
                        studio.reachedAt() == null ? getTranslation("chain.studio.never") : time.dateTime(studio.reachedAt()),
                        studio.sessions(), studio.clients(), studio.repetitions(), studio.painStops(), per100(studio.painStopsPer100())));
        status.addClassName("kiosk-therapist-status");
        Div row = new Div(name, status);
        row.addClassName("kiosk-therapist-row");
        row.addClassName("kiosk-chain-studio");
        if (studio.readsFarMoreThanItSends() && !studio.revoked()) {
            Span warning = new Span(getTranslation("chain.studio.reads-far-more", studio.asked(), studio.sessions()));
            warning.addClassName("kiosk-warning-text");
            row.add(warning);
        }
        var issue = Touch.secondary(getTranslation(studio.revoked() ? "chain.studio.take-back" : "chain.studio.new-credential"), tap -> {
            String issued = hub.issueCredential(studio.id());
            show();
            credential.setText(getTranslation("chain.studio.credential", studio.name(), issued));
            credential.setVisible(true);
        });
        row.add(issue);
        if (!studio.revoked()) {
            var revoke = Touch.secondary(getTranslation("chain.studio.revoke"), tap -> {
                row.removeAll();
                Span ask = new Span(getTranslation("chain.studio.revoke.ask", studio.name()));
                ask.addClassName("kiosk-warning-text");
                var yes = Touch.primary(getTranslation("chain.studio.revoke.yes", studio.name()), sure -> {
                    hub.revoke(studio.id());
                    show();
                });
                yes.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR);
                                row.add(ask, yes, Touch.secondary(getTranslation("chain.studio.revoke.no"), no -> show()));
            });
            row.add(revoke);
        }
        return row;
    }

    /** Pain stops per 100 repetitions in words: "0.5 per 100 repetitions", or a dash without repetitions. */
    private String per100(@Nullable Double rate) {
        return rate == null ? "—" : getTranslation("chain.per-100", String.format(getLocale(), "%.1f", rate));
    }
}
