package com.stretchkiosk.base;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A lock file beside the database, held while a kiosk runs on it. A second kiosk, or a restore, on the
 * same database is refused instead of corrupting it.
 */
public final class DatabaseLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path fileFor(Path database) {
        return database.resolveSibling(database.getFileName() + ".lock");
    }

    /** The lock, or empty when someone else holds it. */
    public static Optional<DatabaseLock> tryAcquire(Path database) throws IOException {
        FileChannel channel = FileChannel.open(fileFor(database), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new DatabaseLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
