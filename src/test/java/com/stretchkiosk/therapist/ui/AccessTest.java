package com.stretchkiosk.therapist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.client.ui.ClientsView;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Who may open which screen: every route is annotated, only the sign-in views are open to anyone. */
class AccessTest extends KioskTest {

    private static final List<Class<? extends Annotation>> ACCESS =
            List.of(PermitAll.class, RolesAllowed.class, AnonymousAllowed.class, DenyAll.class);

    private static final List<Class<?>> VIEWS_AND_LAYOUTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.stretchkiosk").stream()
            .filter(c -> c.isAnnotatedWith(Route.class) || (c.isAssignableTo(RouterLayout.class) && !c.isInterface()))
            .map(JavaClass::reflect)
            .toList();

    @Test
    void every_view_and_layout_carries_exactly_one_access_annotation() {
        assertThat(VIEWS_AND_LAYOUTS).hasSizeGreaterThan(8);
        assertThat(VIEWS_AND_LAYOUTS).allSatisfy(type -> assertThat(ACCESS.stream().filter(type::isAnnotationPresent).count())
                .as(type.getSimpleName()).isEqualTo(1));
    }

    @Test
    void only_the_sign_in_views_are_open_to_anyone() {
        assertThat(VIEWS_AND_LAYOUTS.stream().filter(type -> type.isAnnotationPresent(AnonymousAllowed.class)))
                .containsExactlyInAnyOrder(LoginView.class, WelcomeView.class);
    }

    @Test
    void someone_not_signed_in_lands_on_the_sign_in_and_sees_no_client() {
        signOut();
        for (String path : Stream.of("", "clients/1", "clients/1/edit", "clients/1/session", "sessions/1", "visits/1",
                "clients/1/history").toList()) {
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                    .as(path).isInstanceOf(LoginView.class);
        }
    }

    @Test
    void a_signed_in_manager_reaches_the_clients() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(ClientsView.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(LoginView.class)).isEmpty();
    }
}
