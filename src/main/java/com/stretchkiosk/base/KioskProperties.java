package com.stretchkiosk.base;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The kiosk's own settings, under the {@code kiosk.} prefix (see README "Configuration").
 *
 * @param databasePath the SQLite file; its folder is created on start
 * @param timeZone     the studio's time zone: times are stored in UTC and shown in this zone
 * @param locale       the studio's locale (a BCP 47 tag such as en-GB, en-US, de-DE): how dates, times and numbers read
 * @param reachUnit    how reach past the toes is shown and stepped: centimetres or inches (stored in centimetres)
 * @param demo         demo data for an empty database
 */
@ConfigurationProperties("kiosk")
public record KioskProperties(
        @DefaultValue("./data/kiosk.db") Path databasePath,
        @Nullable ZoneId timeZone,
        @DefaultValue("en-GB") Locale locale,
        @DefaultValue("centimetres") ReachUnit reachUnit,
        @DefaultValue Demo demo,
        @DefaultValue LockSettings lock,
        @DefaultValue BackupSettings backup) {

    /** The studio's zone; the machine's zone when none is configured. */
    public ZoneId studioZone() {
        return timeZone != null ? timeZone : ZoneId.systemDefault();
    }

    /**
     * @param directory where backups go; empty means a folder "backups" beside the database
     * @param keep      how many backups are kept
     */
    public record BackupSettings(@DefaultValue("") String directory, @DefaultValue("14") int keep) {

        public Path folder(Path databasePath) {
            return directory.isBlank()
                    ? java.util.Objects.requireNonNullElse(databasePath.toAbsolutePath().normalize().getParent(), Path.of("."))
                            .resolve("backups")
                    : Path.of(directory);
        }
    }

    /** @param idle the tablet locks after this long without a touch */
    public record LockSettings(@DefaultValue("PT5M") java.time.Duration idle) {
    }

    /**
     * @param enabled              fill an empty database with a demo studio on start
     * @param clients              how many clients the demo studio has
     * @param longestHistoryYears  weekly visits of the studio's most loyal client, in years
     * @param seed                 random seed, so a demo studio can be made again exactly
     */
    public record Demo(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("30") int clients,
            @DefaultValue("2") int longestHistoryYears,
            @DefaultValue("20261123") long seed) {
    }
}
