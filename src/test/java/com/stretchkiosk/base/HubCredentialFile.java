package com.stretchkiosk.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A studio's hub credential as a studio keeps it: in a file only the kiosk's user can read (never on the command line). */
public final class HubCredentialFile {

    private HubCredentialFile() {
    }

    /** The setting that names a fresh 0600 file holding the credential. */
    public static String setting(String credential) throws IOException {
        Path file = Files.createTempFile("hub-credential", ".txt", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, credential + "\n");
        file.toFile().deleteOnExit();
        return "--kiosk.hub.credential-file=" + file;
    }
}
