package com.stretchkiosk.visit.ui;

import com.stretchkiosk.base.RecordNotFoundException;

import jakarta.annotation.security.RolesAllowed;
import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.therapist.Therapist;
import com.stretchkiosk.therapist.TherapistRefusedException;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitNotFoundException;
import com.stretchkiosk.visit.VisitService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts the client's session, or resumes the one that is still open. A therapist signed in by PIN
 * starts it at once as themselves; a manager first taps who is stretching today.
 */
@RolesAllowed(StudioUser.THERAPIST)
@Route(value = "clients/:" + SessionView.CLIENT_ID + "([0-9]{1,18})/session", layout = MainLayout.class)
public class SessionStartView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final VisitService visits;
    private final TherapistService therapists;
    private final com.stretchkiosk.base.StudioTime time;
    private long clientId;

    public SessionStartView(VisitService visits, TherapistService therapists, com.stretchkiosk.base.StudioTime time) {
        this.visits = visits;
        this.therapists = therapists;
        this.time = time;
        addClassName("kiosk-session-start");
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clientId = event.getRouteParameters().getLong(SessionView.CLIENT_ID).orElseThrow();
        if (!visits.hasClient(clientId)) {
            throw new RecordNotFoundException("client.not-found", "No client " + clientId);
        }
        Optional<Long> open = visits.openVisitOf(clientId);
        if (open.isPresent()) {
            event.forwardTo(SessionView.class, SessionView.parameters(open.get()));
            return;
        }
        // A therapist who switched in by PIN runs the session themselves; a manager picks who stretches.
        var signedIn = StudioUser.current().filter(user -> StudioUser.THERAPIST.equals(user.role()));
        if (signedIn.isPresent()) {
            Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, signedIn.get().id());
            if (visit.therapistId() == signedIn.get().id()) {
                event.forwardTo(SessionView.class, SessionView.parameters(visit.id()));
            } else {
                askToJoin(visit);
            }
            return;
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.start.title");
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("session.start.title")));
        Div tiles = new Div();
        tiles.addClassName("kiosk-tiles");
        for (Therapist therapist : therapists.activeTherapists()) {
            Button tile = new Button(therapist.displayName(), tap -> start(therapist));
            tile.addClassName("kiosk-therapist-tile");
            tiles.add(tile);
        }
        add(tiles);

        TextField name = new TextField(getTranslation("session.start.new-therapist"));
        name.setMaxLength(com.stretchkiosk.base.TextLimits.NAME_MAX_LENGTH);
        Button add = Touch.secondary(getTranslation("session.start.add-therapist"), tap -> {
            try {
                start(therapists.add(name.getValue()));
            } catch (TherapistRefusedException refused) {
                Touch.showProblem(name, refused.problem());
            }
        });
        Div newcomer = new Div(new H2(getTranslation("session.start.newcomer")), name, add);
        newcomer.addClassName("kiosk-newcomer");
        add(newcomer);
        add(Touch.secondary(getTranslation("session.back-to-client"),
                tap -> getUI().ifPresent(ui -> ui.navigate("clients/" + clientId))));
    }

    private void start(Therapist therapist) {
        Visit visit = visits.startOrResume(UUID.randomUUID(), clientId, therapist.id());
        if (visit.therapistId() == therapist.id()) {
            getUI().ifPresent(ui -> ui.navigate(SessionView.class, SessionView.parameters(visit.id())));
        } else {
            askToJoin(visit);
        }
    }

    /**
     * Another tablet started this client's session a moment ago, with another therapist (a client has one
     * open session): this tablet is asked, never moved into it silently.
     */
    private void askToJoin(Visit other) {
        removeAll();
        add(new H1(getTranslation("session.start.taken.title")),
                new com.vaadin.flow.component.html.Paragraph(getTranslation("session.start.taken", other.therapistName(),
                        time.time(other.startedAt()))),
                Touch.primary(getTranslation("session.start.join"),
                        tap -> getUI().ifPresent(ui -> ui.navigate(SessionView.class, SessionView.parameters(other.id())))),
                Touch.secondary(getTranslation("session.back-to-client"),
                        tap -> getUI().ifPresent(ui -> ui.navigate("clients/" + clientId))));
    }
}
