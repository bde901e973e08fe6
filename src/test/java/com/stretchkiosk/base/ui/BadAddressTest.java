package com.stretchkiosk.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.visit.ui.SessionNotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;

/**
 * A bad session address ends on a calm page with a way back: never a stack trace or an internal error. (Other
 * bad addresses are checked in the browser, where Vaadin's own not-found handling runs: SignInBrowserIT.)
 */
class BadAddressTest extends KioskTest {

    @Test
    void an_unknown_session_or_a_session_for_an_unknown_client_says_so_with_a_way_back() {
        for (String path : new String[] {"sessions/987654", "sessions/99999999999999999999999", "sessions/-3", "sessions/abc"}) {
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).as(path)
                    .isInstanceOf(SessionNotFoundView.class);
        }
        UI.getCurrent().navigate("clients/987654/session");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(SessionNotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("This client does not exist or has been archived.");
    }
}
