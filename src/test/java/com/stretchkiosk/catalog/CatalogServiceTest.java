package com.stretchkiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalog every open screen shows is read once and shared, and read again as soon as it changes: a stretch
 * added, edited, retired or restored is never shown as it was.
 */
class CatalogServiceTest extends KioskTest {

    @Autowired
    CatalogService catalog;

    @Test
    void the_catalog_is_shared_until_it_changes_and_every_change_shows_at_once() {
        List<Stretch> first = catalog.allStretches();
        assertThat(catalog.allStretches()).as("unchanged: the same list, not a copy per screen").isSameAs(first);

        String name = "Doorway pec " + UUID.randomUUID().toString().substring(0, 8);
        Stretch added = catalog.save(null, 0, new StretchDraft(name, "Chest", "Standing", false, 1, 30, MeasureUnit.DEPTH, 0, 10,
                List.of("Stand in a doorway", "Lean in slowly")));
        assertThat(catalog.activeStretches()).extracting(Stretch::name).contains(name);

        catalog.save(added.id(), added.version(), new StretchDraft(name, "Chest", "Standing", false, 2, 45, MeasureUnit.DEPTH, 0, 10,
                List.of("Stand in a doorway", "Lean in slowly", "Breathe out")));
        Stretch edited = catalog.activeStretches().stream().filter(s -> s.id() == added.id()).findFirst().orElseThrow();
        assertThat(edited.steps()).containsExactly("Stand in a doorway", "Lean in slowly", "Breathe out");
        assertThat(edited.holdSeconds()).isEqualTo(45);

        catalog.retire(added.id(), true);
        assertThat(catalog.activeStretches()).extracting(Stretch::id).doesNotContain(added.id());
        assertThat(catalog.allStretches()).filteredOn(s -> s.id() == added.id()).singleElement().extracting(Stretch::retired).isEqualTo(true);

        catalog.retire(added.id(), false);
        assertThat(catalog.activeStretches()).extracting(Stretch::id).contains(added.id());
        // Left retired: the other tests' session pickers show the catalog they expect.
        catalog.retire(added.id(), true);
        assertThat(catalog.activeStretches()).extracting(Stretch::id).doesNotContain(added.id());
    }
}
