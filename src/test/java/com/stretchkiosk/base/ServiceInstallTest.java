package com.stretchkiosk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./kiosk install} and {@code uninstall}, on a scratch root (a container runs no systemd): the jar, the settings
 * and the records where a Debian machine keeps them, a unit that {@code systemd-analyze verify} accepts, and an
 * uninstall that keeps the records and the settings.
 */
class ServiceInstallTest {

    @TempDir
    Path root;

    @Test
    void install_writes_a_unit_systemd_accepts_and_uninstall_keeps_the_records_and_settings() throws Exception {
        Path jar = Files.writeString(root.resolveSibling(root.getFileName() + ".jar"), "the build's jar");
        assertThat(run("bash", "kiosk", "install", "--root=" + root, "--jar=" + jar).exit()).isZero();

        Path unit = root.resolve("etc/systemd/system/stretch-kiosk.service");
        assertThat(Files.readString(root.resolve("opt/stretch-kiosk/stretch-kiosk.jar"))).isEqualTo("the build's jar");
        assertThat(mode(root.resolve("var/lib/stretch-kiosk"))).isEqualTo("rwx------");
        assertThat(mode(root.resolve("etc/stretch-kiosk/kiosk.properties"))).isEqualTo("rw-r-----");
        String text = Files.readString(unit);
        assertThat(text).contains("User=stretch-kiosk", "Restart=on-failure", "WantedBy=multi-user.target", "UMask=0077",
                "ReadWritePaths=/var/lib/stretch-kiosk").doesNotContain("@JAVA@", "@JVM_OPTS@");
        assertThat(text.lines().filter(line -> line.startsWith("ExecStart=")).findFirst().orElseThrow())
                .matches("ExecStart=/\\S+/bin/java .*-jar /opt/stretch-kiosk/stretch-kiosk.jar .*");

        assumeThat(Path.of("/usr/bin/systemd-analyze")).as("systemd-analyze (Debian's systemd package)").exists();
        Result verified = run("systemd-analyze", "verify", unit.toString());
        assertThat(verified.exit()).as(verified.output()).isZero();
        assertThat(verified.output()).as("no complaint").isBlank();
        // The check can fail: a unit whose program is missing is refused.
        Path broken = root.resolve("broken.service");
        Files.writeString(broken, text.replaceFirst("ExecStart=\\S+", "ExecStart=/nonexistent/java"));
        assertThat(run("systemd-analyze", "verify", broken.toString()).exit()).isNotZero();

        Files.writeString(root.resolve("etc/stretch-kiosk/kiosk.properties"), "kiosk.time-zone=Europe/Vienna\n");
        Files.writeString(root.resolve("var/lib/stretch-kiosk/kiosk.db"), "the studio's records");
        assertThat(run("bash", "kiosk", "uninstall", "--root=" + root).exit()).isZero();
        assertThat(unit).doesNotExist();
        assertThat(root.resolve("opt/stretch-kiosk")).doesNotExist();
        assertThat(root.resolve("var/lib/stretch-kiosk/kiosk.db")).hasContent("the studio's records");
        assertThat(root.resolve("etc/stretch-kiosk/kiosk.properties")).hasContent("kiosk.time-zone=Europe/Vienna");
        // A second install keeps the studio's settings.
        run("bash", "kiosk", "install", "--root=" + root, "--jar=" + jar);
        assertThat(root.resolve("etc/stretch-kiosk/kiosk.properties")).hasContent("kiosk.time-zone=Europe/Vienna");
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
