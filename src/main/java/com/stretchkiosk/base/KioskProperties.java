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
 * @param hub          the studio chain: this kiosk as the hub, or a studio's way to its hub
 */
@ConfigurationProperties("kiosk")
public record KioskProperties(
        @DefaultValue("./data/kiosk.db") Path databasePath,
        @Nullable ZoneId timeZone,
        @DefaultValue("en-GB") Locale locale,
        @DefaultValue("centimetres") ReachUnit reachUnit,
        @DefaultValue Demo demo,
        @DefaultValue LockSettings lock,
        @DefaultValue BackupSettings backup,
        @DefaultValue HubSettings hub) {

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

    /**
     * The chain (README "A studio chain"). A studio's credential is never a setting of its own: it is read from
     * {@code credentialFile} or the environment variable {@code KIOSK_HUB_CREDENTIAL} (see chain.HubCredential).
     *
     * @param enabled            this kiosk is the chain's hub (on PostgreSQL)
     * @param address            this studio's hub: {@code https://…}, or {@code http://localhost…} on one machine
     * @param credentialFile     the file holding the credential the hub issued to this studio, readable only by the kiosk's user
     * @param searchesPerMinute  at the hub: how many searches of the chain a studio may make a minute
     * @param readsPerMinute     at the hub: how many client records (briefings, cautions, bring-overs) a studio may read a minute
     * @param maxRequestSize     at the hub: the largest body a studio may send; a larger one is refused before it is read
     */
    public record HubSettings(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("") String address,
            @DefaultValue("") String credentialFile,
            @DefaultValue("10") int searchesPerMinute,
            @DefaultValue("30") int readsPerMinute,
            @DefaultValue("4MB") org.springframework.util.unit.DataSize maxRequestSize) {
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
