package com.stretchkiosk.base;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person signed in on a tablet: a therapist or a manager of the studio. The audit log names them by
 * id; the password hash is only here while Spring Security checks it.
 */
public record StudioUser(long id, String displayName, String role, String passwordHash, @org.jspecify.annotations.Nullable Long deviceId)
        implements UserDetails {

    public static final String THERAPIST = "THERAPIST";
    public static final String MANAGER = "MANAGER";
    /** A client display's role (base.DisplayUser): it opens the display's own screen and nothing else. */
    public static final String DISPLAY = "DISPLAY";

    /** Someone signed in with a password, on no particular tablet. */
    public StudioUser(long id, String displayName, String role, String passwordHash) {
        this(id, displayName, role, passwordHash, null);
    }

    /** The same person, signed in on an enrolled tablet. */
    public StudioUser onDevice(long device) {
        return new StudioUser(id, displayName, role, passwordHash, device);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return MANAGER.equals(role)
                ? List.of(new SimpleGrantedAuthority("ROLE_" + MANAGER), new SimpleGrantedAuthority("ROLE_" + THERAPIST))
                : List.of(new SimpleGrantedAuthority("ROLE_" + THERAPIST));
    }

    /** Whether this person holds the role (a manager holds the therapist's role too). */
    public boolean hasRole(String wanted) {
        return getAuthorities().stream().anyMatch(authority -> ("ROLE_" + wanted).equals(authority.getAuthority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return displayName;
    }

    /** The signed-in person of the current request, if any. */
    public static java.util.Optional<StudioUser> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StudioUser user
                ? java.util.Optional.of(user) : java.util.Optional.empty();
    }
}
