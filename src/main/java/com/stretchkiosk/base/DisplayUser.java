package com.stretchkiosk.base;

import java.io.Serializable;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A client display signed in by its device credential (a TV's browser or a spare tablet enrolled by a manager).
 * It is nobody: it holds only the display's role, never a therapist's, so it opens the display's screen and no
 * other, and the audit log names it by its device.
 */
public record DisplayUser(long deviceId, String label) implements Serializable {

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + StudioUser.DISPLAY);
    }

    /** The client display of the current request, if it is one. */
    public static Optional<DisplayUser> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof DisplayUser display
                ? Optional.of(display) : Optional.empty();
    }
}
