package com.stretchkiosk.prove;

import com.stretchkiosk.KioskApplication;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.Attempt;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The kiosk in a child process for {@link CrashProof}: real Spring, real services, real SQLite file. Several
 * threads log repetitions as fast as they can; each fact's id is printed only after its transaction has
 * committed ("ACK id"). The parent kills this process at a random moment.
 */
public final class CrashWorker {

    private CrashWorker() {
    }

    public static void main(String[] args) {
        String database = args[0];
        int threads = Integer.parseInt(args[1]);
        PrintStream out = System.out;
        var context = new SpringApplicationBuilder(KioskApplication.class).web(WebApplicationType.SERVLET)
                .properties("kiosk.database-path=" + database, "logging.level.root=ERROR", "server.port=0",
                        "spring.main.banner-mode=off")
                .run();
        ClientService clients = context.getBean(ClientService.class);
        TherapistService therapists = context.getBean(TherapistService.class);
        VisitService visits = context.getBean(VisitService.class);
        Stretch stretch = context.getBean(CatalogService.class).activeStretches().stream().filter(s -> !s.sided())
                .findFirst().orElseThrow();
        long therapist = therapists.activeTherapists().stream().findFirst().map(t -> t.id())
                .orElseGet(() -> therapists.add("Crash Therapist").id());
        // A client per thread, each with a session of its own: a repetition holds one attempt, so every tenth
        // repetition ends the session and starts the next. A session left open by the last kill is ended first.
        List<Long> threadClients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String name = "Crash Proof " + (t + 1);
            long client = clients.search(name).stream().findFirst().map(c -> c.id())
                    .orElseGet(() -> clients.create(new ClientDraft(name, null, null, null, null)).id());
            visits.openVisitOf(client).ifPresent(open -> visits.end(open, null));
            threadClients.add(client);
        }
        out.println("READY");
        out.flush();
        for (long client : threadClients) {
            Thread.ofPlatform().start(() -> {
                Visit visit = visits.startOrResume(UUID.randomUUID(), client, therapist);
                for (int i = 0; ; i++) {
                    if (i > 0 && i % Attempt.REPETITION_MAX == 0) {
                        visits.end(visit.id(), null);
                        visit = visits.startOrResume(UUID.randomUUID(), client, therapist);
                    }
                    UUID fact = UUID.randomUUID();
                    visits.recordAttempt(new AttemptDraft(fact, visit.id(), stretch.id(), Side.NONE, i % Attempt.REPETITION_MAX + 1,
                            Outcome.COMPLETED, stretch.rangeMin(), 5, null, null, 30, Set.of(), null));
                    synchronized (out) {
                        out.println("ACK " + fact);
                        out.flush();
                    }
                }
            });
        }
    }
}
