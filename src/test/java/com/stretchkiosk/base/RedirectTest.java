package com.stretchkiosk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A redirect never names the host a request claimed: the path only, or the configured public address. */
class RedirectTest {

    @Test
    void an_absolute_redirect_loses_the_requested_host() {
        assertThat(WebHardening.localRedirect("http://evil.example/login", "")).isEqualTo("/login");
        assertThat(WebHardening.localRedirect("http://evil.example:8080/clients/1?x=1#top", "")).isEqualTo("/clients/1?x=1#top");
        assertThat(WebHardening.localRedirect("//evil.example/login", "")).isEqualTo("/login");
        assertThat(WebHardening.localRedirect("http://evil.example", "")).isEqualTo("/");
    }

    @Test
    void with_a_public_address_it_is_that_address_and_the_path() {
        assertThat(WebHardening.localRedirect("http://evil.example/login", "https://kiosk.studio.example"))
                .isEqualTo("https://kiosk.studio.example/login");
    }

    @Test
    void a_relative_redirect_stays_as_it_is() {
        assertThat(WebHardening.localRedirect("/login?error", "")).isEqualTo("/login?error");
        assertThat(WebHardening.localRedirect("login", "")).isEqualTo("login");
    }
}
