package com.stretchkiosk.therapist;

import com.stretchkiosk.base.Problem;
import com.stretchkiosk.base.TextLimits;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The studio's therapists. Until sign-in exists, a therapist picks their own tile when a session starts;
 * a newcomer adds their name there.
 */
@Service
public class TherapistService {

    private final TherapistRepository repository;
    private final Clock clock;

    TherapistService(TherapistRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<Therapist> activeTherapists() {
        return repository.active();
    }

    public Optional<Therapist> find(long id) {
        return repository.find(id);
    }

    /** Adds a therapist by name; refused with a {@link Problem} when the name is blank or too long. */
    @Transactional
    public Therapist add(@Nullable String displayName) {
        String name = TextLimits.clean(displayName);
        if (name == null) {
            throw new TherapistRefusedException(Problem.of("therapist.name.required"));
        }
        if (name.length() > TextLimits.NAME_MAX_LENGTH) {
            throw new TherapistRefusedException(Problem.of("therapist.name.too-long", TextLimits.NAME_MAX_LENGTH));
        }
        return new Therapist(repository.insert(name, clock.instant()), name);
    }
}
