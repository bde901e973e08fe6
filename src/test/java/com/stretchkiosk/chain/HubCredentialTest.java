package com.stretchkiosk.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stretchkiosk.KioskApplication;
import com.stretchkiosk.base.RefusedToStartException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A studio's way to its hub: the credential never on the command line, in a file only the kiosk reads, over https. */
class HubCredentialTest {

    @TempDir
    Path folder;

    @Test
    void the_credential_comes_from_a_file_only_the_kiosks_user_can_read_or_the_environment() throws Exception {
        Path file = credentialFile("rw-------", "s3cret-credential\n");
        assertThat(HubCredential.of("https://hub.example/", file.toString(), null, null))
                .isEqualTo(new HubCredential("https://hub.example", "s3cret-credential"));
        assertThat(HubCredential.of("https://hub.example", "", "from-the-environment", null).credential()).isEqualTo("from-the-environment");
        assertThat(HubCredential.of("", "", null, null).configured()).as("a studio of no chain").isFalse();
        assertThat(HubCredential.of("https://hub.example", file.toString(), null, null).toString()).doesNotContain("s3cret");
    }

    @Test
    void a_credential_others_can_read_or_see_is_refused_with_what_to_do() throws Exception {
        assertThatThrownBy(() -> HubCredential.of("https://hub.example", credentialFile("rw-r--r--", "c").toString(), null, null))
                .isInstanceOf(RefusedToStartException.class).hasMessageContaining("chmod 600");
        assertThatThrownBy(() -> HubCredential.of("https://hub.example", "", null, "the command line"))
                .isInstanceOf(RefusedToStartException.class).hasMessageContaining("the command line").hasMessageContaining("kiosk.hub.credential-file");
        assertThatThrownBy(() -> HubCredential.of("https://hub.example", folder.resolve("missing").toString(), null, null))
                .isInstanceOf(RefusedToStartException.class).hasMessageContaining("names no file");
        assertThatThrownBy(() -> HubCredential.of("https://hub.example", "", null, null))
                .isInstanceOf(RefusedToStartException.class).hasMessageContaining("no credential");
    }

    @Test
    void the_hub_is_reached_over_https_or_on_this_machine_only() throws Exception {
        String file = credentialFile("rw-------", "c").toString();
        assertThat(HubCredential.of("http://localhost:8080", file, null, null).configured()).isTrue();
        assertThat(HubCredential.of("http://127.0.0.1:8080", file, null, null).configured()).isTrue();
        for (String plain : new String[] {"http://hub.example", "http://192.168.1.20:8080", "ftp://hub.example", "hub.example"}) {
            assertThatThrownBy(() -> HubCredential.of(plain, file, null, null)).as(plain).isInstanceOf(RefusedToStartException.class)
                    .hasMessageContaining("https://");
        }
    }

    @Test
    void a_kiosk_given_its_credential_on_the_command_line_does_not_start() throws Exception {
        assertThatThrownBy(() -> new SpringApplicationBuilder(KioskApplication.class).run("--server.port=0",
                "--kiosk.database-path=" + folder.resolve("kiosk.db"), "--kiosk.hub.address=https://hub.example",
                "--kiosk.hub.credential=visible-in-proc-cmdline", "--spring.main.banner-mode=off").close())
                .hasRootCauseInstanceOf(RefusedToStartException.class).rootCause().hasMessageContaining("the command line");
    }

    private Path credentialFile(String permissions, String content) throws Exception {
        Path file = Files.createTempFile(folder, "credential", ".txt");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
