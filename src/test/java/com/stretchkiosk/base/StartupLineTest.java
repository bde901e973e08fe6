package com.stretchkiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up line names the address to open and, on an empty database, where the first manager is made. */
class StartupLineTest {

    @Test
    void an_empty_studio_is_told_where_to_open_and_that_the_first_manager_is_created_there() {
        assertThat(StartupLine.line(8080, "", List.of("192.168.1.20"), true)).isEqualTo(
                "Stretch Kiosk is ready: open http://localhost:8080 here, or http://192.168.1.20:8080 from a tablet on this network."
                        + " The database is empty: the first manager is created on that page.");
    }

    @Test
    void a_configured_public_address_is_the_one_named() {
        assertThat(StartupLine.line(8080, "https://kiosk.studio.example", List.of("10.0.0.5"), false))
                .isEqualTo("Stretch Kiosk is ready: open https://kiosk.studio.example.");
        assertThat(StartupLine.line(9090, "", List.of(), false)).isEqualTo("Stretch Kiosk is ready: open http://localhost:9090.");
    }
}
