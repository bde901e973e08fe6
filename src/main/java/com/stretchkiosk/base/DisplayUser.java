package com.stretchkiosk.base;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A client display signed in by its device credential (a TV's browser or a spare tablet enrolled by a manager).
 * It is nobody: it holds only the display's role, never a therapist's, so it opens the display's screen and no
 * other, and the audit log names it by its device.
 */
public record DisplayUser(long deviceId, String label) implements Serializable {

    /** This display signed in: the display's role and no other. */
    public Authentication authentication() {
        GrantedAuthority display = new SimpleGrantedAuthority("ROLE_" + StudioUser.DISPLAY);
        return UsernamePasswordAuthenticationToken.authenticated(this, null, List.of(display));
    }

    /** The client display of the current request, if it is one. */
    public static Optional<DisplayUser> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof DisplayUser display
                ? Optional.of(display) : Optional.empty();
    }
}
