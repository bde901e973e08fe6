package com.stretchkiosk.therapist.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.stretchkiosk.db.Tables.AUDIT_EVENT;
import static com.stretchkiosk.db.Tables.THERAPIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.stretchkiosk.KioskApplication;
import com.stretchkiosk.therapist.TherapistRefusedException;
import com.stretchkiosk.therapist.TherapistService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.file.Files;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The very first start, on an empty database of its own: no default account, the first manager is made here. */
@SpringBootTest(classes = KioskApplication.class)
class FirstStartTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    TherapistService therapists;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    DSLContext db;

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) throws IOException {
        var file = Files.createTempDirectory("kiosk-first-start").resolve("kiosk.db");
        registry.add("kiosk.database-path", file::toString);
    }

    @BeforeEach
    void vaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("com.stretchkiosk"), context, UI::new));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void the_first_manager_chooses_a_password_of_at_least_twelve_characters_and_no_second_one_can() {
        assertThat(db.fetchCount(THERAPIST)).as("no default account").isZero();
        UI.getCurrent().navigate("login");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(WelcomeView.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.stretchkiosk.base.ui.Lock.class))
                .as("nobody signed in: no idle lock yet").isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), "Mara Lindqvist");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "short pass");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password again")), "short pass");
        _click(_get(Button.class, spec -> spec.withText("Create manager")));
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        assertThat(password.getErrorMessage()).isEqualTo("At least 12 characters.");
        assertThat(db.fetchCount(THERAPIST)).isZero();

        _setValue(password, "breathe out and let go");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password again")), "breathe out and let it go");
        _click(_get(Button.class, spec -> spec.withText("Create manager")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Password again")).getErrorMessage())
                .isEqualTo("The two passwords differ.");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password again")), "breathe out and let go");
        _click(_get(Button.class, spec -> spec.withText("Create manager")));

        var manager = db.selectFrom(THERAPIST).fetchSingle();
        assertThat(manager.getRole()).isEqualTo("MANAGER");
        assertThat(manager.getPasswordHash()).startsWith("$2a$12$").doesNotContain("breathe");
        assertThat(passwords.matches("breathe out and let go", manager.getPasswordHash())).isTrue();
        assertThat(db.fetch(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(manager.getId())).getValues(AUDIT_EVENT.ACTION))
                .contains("FIRST_MANAGER_CREATED", "DEVICE_ENROLLED");
        assertThat(db.fetchCount(com.stretchkiosk.db.Tables.DEVICE)).as("this browser is the first tablet").isEqualTo(1);
        assertThat(com.stretchkiosk.base.StudioUser.current().map(u -> u.id())).as("signed in at once").contains(manager.getId());
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.stretchkiosk.base.ui.Lock.class))
                .as("signed in within the same tab: the idle lock is there, once").hasSize(1);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("welcome");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .as("the first-start view is closed once a manager exists").isInstanceOf(LoginView.class);
        assertThatThrownBy(() -> therapists.createFirstManager("Intruder", "another long password", "another long password"))
                .isInstanceOfSatisfying(TherapistRefusedException.class,
                        refused -> assertThat(refused.problem().messageKey()).isEqualTo("therapist.first-manager.exists"));
    }
}
