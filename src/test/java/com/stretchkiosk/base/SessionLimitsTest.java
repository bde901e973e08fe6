package com.stretchkiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionLimitsTest extends KioskTest {

    @Autowired
    SessionLimits limits;

    @Test
    void a_session_older_than_the_absolute_limit_is_ended_on_its_next_request() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Instant created = Instant.ofEpochMilli(session.getCreationTime());

        clock.set(created.plus(Duration.ofHours(11)));
        request(session);
        assertThat(session.isInvalid()).as("eleven hours in: still open").isFalse();

        clock.set(created.plus(Duration.ofHours(12)).plusSeconds(1));
        request(session);
        assertThat(session.isInvalid()).as("past twelve hours: signed out").isTrue();
    }

    private void request(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/clients/1");
        request.setSession(session);
        limits.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }
}
