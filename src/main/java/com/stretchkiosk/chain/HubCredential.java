package com.stretchkiosk.chain;

import com.stretchkiosk.base.RefusedToStartException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A studio's way to its hub: the address, which must be {@code https://} (or {@code http://localhost} on one
 * machine), and the credential the hub issued, read from a file only the kiosk's user can read or from the
 * environment variable {@code KIOSK_HUB_CREDENTIAL}: never from the command line, where every user of the machine
 * can read it ({@code /proc/…/cmdline}), nor from a settings file anyone may open. Anything else refuses the start.
 */
public record HubCredential(String address, String credential) {

    /** The environment variable that may hold the credential. */
    public static final String VARIABLE = "KIOSK_HUB_CREDENTIAL";
    static final HubCredential NONE = new HubCredential("", "");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    /** Whether this studio belongs to a chain. */
    public boolean configured() {
        return !address.isBlank() && !credential.isBlank();
    }

    /**
     * @param address          kiosk.hub.address
     * @param credentialFile   kiosk.hub.credential-file, or empty
     * @param fromEnvironment  the value of {@link #VARIABLE}, if set
     * @param givenAsSetting   where kiosk.hub.credential was given otherwise (command line, a system property, a settings
     *                         file), if it was
     */
    public static HubCredential of(String address, String credentialFile, @Nullable String fromEnvironment, @Nullable String givenAsSetting) {
        if (givenAsSetting != null) {
            throw new RefusedToStartException("kiosk.hub.credential was given in " + givenAsSetting + ", where others can read it. "
                    + "Put the credential in a file only the kiosk's user can read (chmod 600) and name it with kiosk.hub.credential-file, "
                    + "or set the environment variable " + VARIABLE + ".");
        }
        String credential = fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment.strip()
                : credentialFile.isBlank() ? "" : read(Path.of(credentialFile));
        String hub = address.strip();
        if (hub.isEmpty() && credential.isEmpty()) {
            return NONE;
        }
        if (hub.isEmpty() || credential.isEmpty()) {
            throw new RefusedToStartException(hub.isEmpty()
                    ? "A hub credential is set but kiosk.hub.address is not: set both, or neither."
                    : "kiosk.hub.address is set but no credential: give it in kiosk.hub.credential-file or " + VARIABLE + ".");
        }
        if (credential.length() > 100 || !credential.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new RefusedToStartException("The hub credential is not one the hub issues (one line of letters, digits, - and _).");
        }
        return new HubCredential(checkedAddress(hub), credential);
    }

    /** The hub's address without a trailing slash: https, or http only to this machine. */
    static String checkedAddress(String address) {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new RefusedToStartException("kiosk.hub.address is not an address: " + address);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
        boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1");
        if (host.isEmpty() || !(scheme.equals("https") || scheme.equals("http") && local)) {
            throw new RefusedToStartException("kiosk.hub.address must start with https:// (the studio's rows are health records; "
                    + "plain http only to localhost): " + address);
        }
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    private static String read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new RefusedToStartException("kiosk.hub.credential-file names no file: " + file);
            }
            if (Files.getFileStore(file).supportsFileAttributeView("posix")
                    && Files.getPosixFilePermissions(file).stream().anyMatch(OTHERS::contains)) {
                throw new RefusedToStartException("The hub credential file " + file + " can be read or changed by others: "
                        + "make it readable only by the kiosk's user (chmod 600 " + file + ").");
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new RefusedToStartException("The hub credential file " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "HubCredential[" + address + "]";
    }
}
