package com.stretchkiosk.base;

import com.stretchkiosk.therapist.TherapistService;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * For tests and benchmarks that start whole kiosks of their own (a chain's hub and studios): runs an action as that
 * kiosk's first manager, made on the way through the real first-start path, as a manager's tap would.
 */
public final class AsManager {

    public static final String NAME = "Chain Manager";
    public static final String PASSWORD = "a long chain pass phrase";

    private AsManager() {
    }

    public static <T> T run(ConfigurableApplicationContext kiosk, Callable<T> action) {
        TherapistService therapists = kiosk.getBean(TherapistService.class);
        synchronized (AsManager.class) {
            if (therapists.needsFirstManager()) {
                therapists.createFirstManager(NAME, PASSWORD, PASSWORD);
            }
        }
        StudioUser manager = therapists.account(NAME).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
