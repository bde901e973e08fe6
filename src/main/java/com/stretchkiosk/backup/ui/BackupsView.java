package com.stretchkiosk.backup.ui;

import com.stretchkiosk.base.StudioUser;

import com.stretchkiosk.backup.Backup;
import com.stretchkiosk.backup.BackupCheck;
import com.stretchkiosk.backup.BackupService;
import com.stretchkiosk.backup.StudioHealth;
import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.Words;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.base.ui.Touch;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** For managers: back up now, the backups kept, and how to restore one. */
@Route(value = "manager/backups", layout = MainLayout.class)
@RolesAllowed(StudioUser.MANAGER)
public class BackupsView extends VerticalLayout implements HasDynamicTitle {

    private final BackupService backups;
    private final StudioTime time;
    private static final int CHECKING_POLL_MILLIS = 2000;

    private final Div list = new Div();
    private final Div health = new Div();
    private final com.stretchkiosk.chain.HubSyncService hub;
    private final java.time.Clock clock;
    private com.vaadin.flow.shared.@Nullable Registration polling;

    public BackupsView(BackupService backups, StudioTime time, com.stretchkiosk.chain.HubSyncService hub, java.time.Clock clock) {
        this.backups = backups;
        this.hub = hub;
        this.clock = clock;
        this.time = time;
        addClassName("kiosk-backups");
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        var now = Touch.primary(getTranslation("backups.now"), tap -> {
            try {
                Backup taken = backups.backUpNow();
                Touch.saved(getTranslation("backups.taken", taken.file().getFileName().toString()));
            } catch (RuntimeException e) {
                Touch.refused(getTranslation("backups.failed"));
            }
            show();
        });
        Paragraph restore = new Paragraph(getTranslation("backups.restore", backups.folder().toString()));
        restore.addClassName("kiosk-backup-restore");
        if (!backups.available()) {
            add(new H1(getTranslation("backups.title")), new Paragraph(getTranslation("backups.on-postgresql")));
            return;
        }
        health.addClassName("kiosk-health");
        add(new H1(getTranslation("backups.title")), health, new Paragraph(getTranslation("backups.intro")), now, list, restore);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attach) {
        polling = attach.getUI().addPollListener(poll -> show());
        if (backups.available()) {
            show();
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detach) {
        if (polling != null) {
            polling.remove();
        }
        detach.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backups.title");
    }

    /** The kiosk at a glance, each line a problem (in red) when it is one. */
    private void showHealth(List<Backup> all) {
        StudioHealth now = backups.health(all);
        health.removeAll();
        health.add(new com.vaadin.flow.component.html.H2(getTranslation("health.title")));
        line("health.version", false, now.version(), inWords(now.uptime()));
        boolean low = now.freeBytes() >= 0 && now.freeBytes() < BackupService.LOW_SPACE_BYTES;
        line(now.freeBytes() < 0 ? "health.disk.unknown" : low ? "health.disk.low" : "health.disk", low, gigabytes(now.freeBytes()));
        if (now.databaseBytes() >= 0) {
            line("health.database", false, String.format(Locale.ROOT, "%.1f MB", now.databaseBytes() / 1_048_576.0));
        }
        java.time.Instant last = now.lastGoodBackup();
        line(last == null ? "health.backup.none" : "health.backup", now.backupOverdue(clock.instant()),
                last == null ? "" : time.dateTime(last));
        com.stretchkiosk.chain.HubContact contact = hub.contact();
        if (contact.configured()) {
            java.time.Instant reached = contact.reachedAt();
            line(reached == null ? "health.chain.never" : "health.chain", contact.problem() != null, contact.waiting(),
                    reached == null ? "" : time.dateTime(reached));
        }
    }

    private void line(String key, boolean problem, Object... arguments) {
        Paragraph line = new Paragraph(getTranslation(key, arguments));
        line.addClassName(problem ? "kiosk-problem" : "kiosk-health-line");
        health.add(line);
    }

    private String inWords(java.time.Duration uptime) {
        return uptime.toDays() > 0 ? getTranslation("health.days", uptime.toDays(), uptime.toHoursPart())
                : getTranslation("health.hours", uptime.toHours(), uptime.toMinutesPart());
    }

    private static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1_073_741_824.0);
    }

    private void show() {
        List<Backup> all = backups.backups();
        showHealth(all);
        list.removeAll();
        for (Backup backup : all) {
            Span name = new Span(time.dateTime(backup.takenAt()));
            name.addClassName("kiosk-therapist-name");
            Span details = new Span(backup.file().getFileName() + " · "
                    + String.format(Locale.ROOT, "%.1f MB", backup.bytes() / 1_048_576.0) + " · "
                    + getTranslation(Words.key("backups.check.", backup.check())));
            details.addClassName(backup.usable() ? "kiosk-therapist-status" : "kiosk-problem");
            Div row = new Div(name, details);
            row.addClassName("kiosk-therapist-row");
            list.add(row);
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("backups.none")));
        }
        // The full checks run in the background: the list looks again until each has its finding.
        boolean checking = all.stream().anyMatch(backup -> backup.check() == BackupCheck.CHECKING);
        getUI().ifPresent(ui -> ui.setPollInterval(checking ? CHECKING_POLL_MILLIS : -1));
    }
}
