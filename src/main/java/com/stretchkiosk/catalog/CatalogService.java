package com.stretchkiosk.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The stretch catalog. */
@Service
public class CatalogService {

    private final CatalogRepository repository;

    CatalogService(CatalogRepository repository) {
        this.repository = repository;
    }

    /** Stretches a therapist can pick today, grouped and ordered as the catalog orders them. */
    public List<Stretch> activeStretches() {
        return repository.active();
    }

    /** One stretch by id, also when retired (its history stays). */
    public Optional<Stretch> stretch(long id) {
        return repository.find(id);
    }
}
