package com.stretchkiosk.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;

/**
 * A bad address ends on a calm page with a way back: never a stack trace or an internal error. (The same pages
 * are checked in the browser, with Vaadin's own not-found handling: SignInBrowserIT.)
 */
class BadAddressTest extends KioskTest {

    @Test
    void an_unknown_record_or_a_bad_id_says_so_with_a_way_back() {
        expect("sessions/987654", NotFoundView.class, "This session does not exist.");
        expect("clients/987654/session", NotFoundView.class, "This client does not exist or has been archived.");
        expect("clients/987654", NotFoundView.class, "This client does not exist or has been archived.");
        expect("clients/987654/history", NotFoundView.class, "This client does not exist or has been archived.");
        expect("visits/987654", NotFoundView.class, "This session does not exist.");
        for (String path : new String[] {"sessions/99999999999999999999999", "sessions/-3", "sessions/abc", "clients/abc",
                "clients/-1", "clients/99999999999999999999", "clients/1x/history", "visits/-5", "visits/abc", "no/such/screen"}) {
            expect(path, AddressNotFoundView.class, "There is no screen at this address.");
        }
    }

    private static void expect(String path, Class<?> page, String sentence) {
        // As a typed address arrives: through the router, which UI.navigate skips for an address no screen has.
        UI.getCurrent().getInternals().getRouter().navigate(UI.getCurrent(), new com.vaadin.flow.router.Location(path),
                com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).as(path).isInstanceOf(page);
        assertThat(_get(H1.class).getText()).as(path).isEqualTo(sentence);
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Back to clients"));
    }
}
