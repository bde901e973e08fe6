package com.stretchkiosk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;

/** A browser that closed under its answer is not an error of the kiosk: no ERROR line, nobody to tell. */
class MainErrorHandlerTest {

    @Test
    void a_broken_pipe_under_an_answer_is_the_browser_leaving_and_anything_else_is_an_error() {
        assertThat(MainErrorHandler.browserWentAway(new UncheckedIOException(new ClientAbortException(new IOException("Broken pipe")))))
                .isTrue();
        assertThat(MainErrorHandler.browserWentAway(new IllegalStateException("a real fault", new IOException("disk")))).isFalse();
    }
}
