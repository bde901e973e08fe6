package com.stretchkiosk.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's files hold health records: readable by the kiosk's own user alone, whatever the umask. Folders are made
 * 0700 and files 0600 as they are created, and what an earlier version or a copy by hand left open is closed at start
 * (with a line in the log). On a file system without POSIX permissions (a mounted FAT disk) nothing can be said, and
 * nothing is done.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);

    private PrivateFiles() {
    }

    /** The folder and any missing parents made, and the folder itself closed to everyone but the kiosk's user. */
    public static Path folder(Path folder) {
        try {
            Files.createDirectories(folder);
            close(folder, FOLDER);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder " + folder, e);
        }
    }

    /** The folder a file is in (the working folder for a bare name), made and closed as {@link #folder} does. */
    public static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return folder(parent == null ? Path.of(".") : parent);
    }

    /** An empty file created 0600 (never readable by others, not even for a moment), or an existing one closed to 0600. */
    public static Path file(Path file) {
        try {
            if (posix(file.toAbsolutePath().getParent())) {
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
                } catch (FileAlreadyExistsException exists) {
                    close(file, FILE);
                }
            } else if (!Files.exists(file)) {
                Files.createFile(file);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file, e);
        }
    }

    /** An existing file or folder closed to everyone but the kiosk's user; nothing when it does not exist. */
    public static void closeIfThere(Path path) {
        try {
            if (Files.exists(path)) {
                close(path, Files.isDirectory(path) ? FOLDER : FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + path + " to other users", e);
        }
    }

    private static void close(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!posix(path)) {
            return;
        }
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(path);
        if (!now.equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
            LOG.info("Closed {} to other users ({} → {})", path, PosixFilePermissions.toString(now), PosixFilePermissions.toString(wanted));
        }
    }

    private static boolean posix(@Nullable Path path) {
        return path != null && Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
