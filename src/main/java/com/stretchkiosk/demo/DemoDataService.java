package com.stretchkiosk.demo;

import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditEntry;
import com.stretchkiosk.audit.AuditOutcome;
import com.stretchkiosk.audit.AuditService;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.Stretch;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a database with a realistic studio: a small one for a demo, or a large one for benchmarks.
 * Writes in chunks of clients, each chunk in its own transaction, so tablets could keep working.
 */
@Service
public class DemoDataService {

    /** Clients written per transaction. */
    static final int CLIENTS_PER_CHUNK = 500;

    private final DemoDataRepository repository;
    private final CatalogService catalog;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DemoDataService(DemoDataRepository repository, CatalogService catalog, AuditService audit, Clock clock,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** True when no client exists yet: demo data goes only into an empty studio. */
    public boolean isEmpty() {
        return !repository.hasClients();
    }

    public DemoStudioSummary create(DemoStudio studio) {
        long started = System.nanoTime();
        List<Stretch> stretches = catalog.activeStretches();
        java.time.Instant since = clock.instant().minus(java.time.Duration.ofDays(365L * (studio.longestHistoryYears() + 1)));
        long[] therapistIds = transaction.execute(status -> repository.therapists(DemoStudioGenerator.THERAPISTS, since));
        DemoStudioGenerator generator = new DemoStudioGenerator(studio, stretches, clock.instant(),
                transaction.execute(status -> repository.nextIds()), therapistIds);
        for (int first = 0; first < studio.clients(); first += CLIENTS_PER_CHUNK) {
            int count = Math.min(CLIENTS_PER_CHUNK, studio.clients() - first);
            DemoStudioGenerator.Chunk chunk = generator.clients(first, count);
            transaction.executeWithoutResult(status -> {
                repository.insertAll(chunk.clients());
                repository.insertAll(chunk.visits());
                repository.insertAll(chunk.painRatings());
                repository.insertAll(chunk.attempts());
                repository.insertAll(chunk.painStops());
                repository.insertAll(chunk.painStopDetails());
                repository.insertAll(chunk.resolutions());
            });
        }
        transaction.executeWithoutResult(status -> {
            repository.continueIdsAfterDemo();
            audit.record(new AuditEntry(AuditAction.DEMO_STUDIO_CREATED, AuditOutcome.OK, null, null, null));
        });
        return generator.summary((System.nanoTime() - started) / 1_000_000);
    }
}
