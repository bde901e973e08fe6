package com.stretchkiosk;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.therapist.TherapistService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one base of the Spring tests: the whole kiosk on a real SQLite file (one per test run, shared by
 * all test classes so Spring boots once), a hand-moved clock, and Karibu's mocked Vaadin for tapping
 * through screens. Tests make their own uniquely named data instead of emptying tables: facts and the
 * audit log refuse DELETE by design.
 */
@SpringBootTest(classes = {KioskApplication.class, KioskTest.Clocks.class})
public abstract class KioskTest {

    protected static final String TEST_MANAGER = "Test Manager";
    protected static final String TEST_PASSWORD = "a long test pass phrase";
    private static final Path DATABASE = temporaryDatabase();
    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();
    private static final Routes ROUTES = routes();

    /** The kiosk's screens and error pages; its own not-found page replaces Karibu's stand-in. */
    private static Routes routes() {
        Routes routes = new Routes().autoDiscoverViews("com.stretchkiosk");
        routes.getErrorRoutes().remove(com.github.mvysny.kaributesting.v10.MockRouteNotFoundError.class);
        routes.addErrorRoutes(com.stretchkiosk.base.ui.AddressNotFoundView.class);
        return routes;
    }

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestClock clock;

    /** In a run on PostgreSQL (-Dkiosk.test.engine=postgresql), the database of this run on the test server. */
    private static final String POSTGRES_URL = com.stretchkiosk.base.TestPostgres.chosen()
            ? com.stretchkiosk.base.TestPostgres.freshDatabase("kiosk_test") : "";

    @DynamicPropertySource
    static void kioskProperties(DynamicPropertyRegistry registry) {
        registry.add("kiosk.database-path", DATABASE::toString);
        if (!POSTGRES_URL.isEmpty()) {
            registry.add("kiosk.database-url", () -> POSTGRES_URL);
            registry.add("kiosk.database-user", com.stretchkiosk.base.TestPostgres::user);
            registry.add("kiosk.database-password", com.stretchkiosk.base.TestPostgres::password);
        }
        registry.add("kiosk.time-zone", () -> "Europe/Berlin");
        registry.add("kiosk.security.failed-sign-in-delay", () -> "PT0.05S");
    }

    @BeforeAll
    static void englishLocale() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @BeforeEach
    void setUpVaadin() {
        clock.set(TestClock.START);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        signIn(testManager());
    }

    @AfterEach
    void tearDownVaadin() {
        signOut();
        MockVaadin.tearDown();
    }

    /** The manager every test signs in as, made once per run through the real first-start path. */
    protected StudioUser testManager() {
        TherapistService therapists = context.getBean(TherapistService.class);
        if (therapists.needsFirstManager()) {
            therapists.createFirstManager(TEST_MANAGER, TEST_PASSWORD, TEST_PASSWORD);
        }
        return therapists.account(TEST_MANAGER).orElseThrow();
    }

    /** Signs in as Spring Security and Vaadin's mocked request both see it. */
    protected static void signIn(StudioUser user) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(authentication);
        SecurityContextHolder.setContext(security);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    /** Signs in a client display, as its device credential does (DisplaySignInFilter). */
    protected static void signIn(com.stretchkiosk.base.DisplayUser display) {
        var authentication = display.authentication();
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(authentication);
        SecurityContextHolder.setContext(security);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    protected static void signOut() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    /** A name no other test uses, so searches in the shared database find exactly what a test made. */
    protected static String unique(String name) {
        long n = COUNTER.incrementAndGet() * 7919 + System.nanoTime() % 1_000_000;
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++, n /= 26) {
            letters.append((char) ('a' + n % 26));
        }
        return name + " " + Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    }

    protected static Path databaseFile() {
        return DATABASE;
    }

    private static Path temporaryDatabase() {
        try {
            return Files.createTempDirectory("kiosk-test").resolve("kiosk.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
