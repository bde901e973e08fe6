package com.stretchkiosk.therapist.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import com.stretchkiosk.chain.HubProtocol;
import com.stretchkiosk.therapist.DeviceService;
import org.springframework.http.HttpMethod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Sign-in for the kiosk: every view carries an access annotation, the password sign-in view is the only
 * way in, and responses carry the hardening headers (nosniff, no framing, no caching of app pages).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /** bcrypt cost: 2^12 rounds, about a quarter second on a tablet server. */
    static final int BCRYPT_COST = 12;

    @Bean
    SecurityFilterChain kioskSecurity(HttpSecurity http, DeviceService devices,
            @Value("${kiosk.public-address:}") String publicAddress) throws Exception {
        // The password form only from the kiosk's own page (Vaadin leaves the form sign-in without a CSRF token).
        http.addFilterBefore(new SameOriginSignIn(publicAddress), UsernamePasswordAuthenticationFilter.class);
        // A tablet revoked by a manager ends its sessions at their next request.
        http.addFilterAfter(new RevokedTabletFilter(devices),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        // A client display signs itself in by its device credential, with the display's role only.
        http.addFilterAfter(new DisplaySignInFilter(devices),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        // The kiosk's own CSS, icons and scripts are needed by the sign-in page too; Chart.js is a static WebJar file.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/kiosk/**", "/webjars/chartjs/**").permitAll());
        // A chain's studios ask the hub with their own credential (chain.HubDoor checks it, and answers every
        // refusal itself in JSON), not a session.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(HubProtocol.API_PATHS).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(HubProtocol.API_PATHS));
        http.headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // An address no screen has is shown to a signed-in person as the calm not-found page, not a bare 403.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_COST);
    }
}
