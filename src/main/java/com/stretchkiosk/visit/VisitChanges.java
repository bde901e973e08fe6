package com.stretchkiosk.visit;

import com.stretchkiosk.base.AfterCommit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands a session's new facts to every screen showing it, so a second tablet at the same table sees a tap at
 * once (by server push) instead of on its next poll, without reading anything again. Facts are handed on
 * after the commit, on a thread of their own, never on the tapping tablet's request; their revision (taken
 * inside the serialised write transaction) lets a screen ignore facts older than those it shows.
 */
@Component
class VisitChanges implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VisitChanges.class);

    private record Listener(Predicate<SessionFacts> wants, Consumer<SessionFacts> onChange) {
    }

    private final AtomicLong revision = new AtomicLong();

    private final Map<Long, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("visit-changes").daemon(true).factory());

    /**
     * The revision for facts read in a write transaction (write transactions run one at a time): odd, and
     * above every revision handed out before.
     */
    long nextRevision() {
        return 2 * revision.incrementAndGet() + 1;
    }

    /**
     * The revision for facts read now, outside a write: even, below the revision of a write that may still be
     * committing, so that write's facts, when they arrive, are newer than these.
     */
    long currentRevision() {
        return 2 * revision.get();
    }

    /**
     * Starts handing the visit's new facts to {@code onChange}, on a thread of its own; run the returned action
     * to stop. {@code wants} is asked first, on the thread that committed them: a screen that made the change
     * itself already shows the facts and answers no.
     */
    Runnable listen(long visitId, Predicate<SessionFacts> wants, Consumer<SessionFacts> onChange) {
        Listener listener = new Listener(wants, onChange);
        listeners.computeIfAbsent(visitId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(visitId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** The visit's facts changed: every screen showing it gets them once the transaction has committed. */
    void changed(SessionFacts facts) {
        AfterCommit.run(() -> send(facts));
    }

    private void send(SessionFacts facts) {
        long visitId = facts.visit().id();
        for (Listener listener : listeners.getOrDefault(visitId, List.of())) {
            if (!listener.wants().test(facts)) {
                continue;
            }
            sender.execute(() -> {
                try {
                    listener.onChange().accept(facts);
                } catch (RuntimeException e) {
                    log.warn("A session screen could not be given the new facts of visit {}", visitId, e);
                }
            });
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
