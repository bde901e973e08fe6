package com.stretchkiosk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stretchkiosk.KioskTest;
import com.stretchkiosk.audit.AuditAction;
import com.stretchkiosk.audit.AuditEntry;
import com.stretchkiosk.audit.AuditOutcome;
import com.stretchkiosk.audit.AuditService;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClientServiceTest extends KioskTest {

    @Autowired
    ClientService clients;

    @Autowired
    AuditService audit;

    @Test
    void a_new_client_is_stored_cleaned_and_audited() {
        String name = unique("Zoë Müller");
        Client client = clients.create(new ClientDraft("  " + name + "  ", " +49 151 2345 6789 ", 1978,
                "Herniated disc L4/L5", LocalDate.of(2026, 11, 20)));

        assertThat(client.fullName()).isEqualTo(name);
        assertThat(client.phone()).isEqualTo("+49 151 2345 6789");
        assertThat(client.version()).isEqualTo(1);
        assertThat(client.createdAt()).isEqualTo(clock.instant());
        assertThat(audit.trailOfClient(client.id())).extracting(AuditEntry::action).containsExactly(AuditAction.CLIENT_CREATED);
    }

    @Test
    void search_finds_by_the_start_of_any_name_word_ignoring_case_and_accents() {
        String name = unique("Zoë Müller");
        Client client = clients.create(new ClientDraft(name, null, null, null, null));
        String surname = name.substring(name.lastIndexOf(' ') + 1);

        assertThat(clients.search("zoe muller " + surname.toLowerCase())).extracting(ClientSummary::id).containsExactly(client.id());
        assertThat(clients.search(surname.substring(0, 4).toUpperCase())).extracting(ClientSummary::id).contains(client.id());
        assertThat(clients.search("MÜLL " + surname)).extracting(ClientSummary::id).containsExactly(client.id());
        assertThat(clients.search("uller " + surname)).as("only word starts match").isEmpty();
        assertThat(clients.search("   ")).isEmpty();
    }

    @Test
    void search_finds_by_phone_digits_whatever_the_formatting() {
        String digits = Long.toString(100_000_000L + System.nanoTime() % 900_000_000L);
        String phone = "+49 (0) " + digits.substring(0, 3) + "-" + digits.substring(3);
        Client client = clients.create(new ClientDraft(unique("Ben Okafor"), phone, null, null, null));

        assertThat(clients.search(digits.substring(2, 8))).extracting(ClientSummary::id).contains(client.id());
        assertThat(clients.search(digits.substring(0, 3) + " " + digits.substring(3))).extracting(ClientSummary::id).contains(client.id());
    }

    @Test
    void refused_details_say_why_per_field_and_store_nothing() {
        String name = unique("Refused");
        assertThatThrownBy(() -> clients.create(new ClientDraft("x".repeat(ClientDraft.NAME_MAX_LENGTH + 1), "12",
                1800, "p".repeat(ClientDraft.PRECAUTIONS_MAX_LENGTH + 1), LocalDate.of(2026, 12, 24))))
                .isInstanceOfSatisfying(ClientRefusedException.class, refused -> {
                    assertThat(refused.problems()).containsOnlyKeys(ClientField.values());
                    assertThat(refused.problems().get(ClientField.FULL_NAME).messageKey()).isEqualTo("text.name.too-long");
                    assertThat(refused.problems().get(ClientField.BIRTH_YEAR).arguments()).containsExactly(1916, 2026);
                    assertThat(refused.problems().get(ClientField.CONSENT_ON).messageKey()).isEqualTo("client.consent.in-future");
                });
        assertThatThrownBy(() -> clients.create(new ClientDraft("   ", null, null, null, null)))
                .isInstanceOfSatisfying(ClientRefusedException.class, refused ->
                        assertThat(refused.problems().get(ClientField.FULL_NAME).messageKey()).isEqualTo("client.name.required"));
        assertThat(clients.search(name)).isEmpty();
    }

    @Test
    void a_stale_edit_is_refused_and_carries_the_other_tablets_version() {
        Client original = clients.create(new ClientDraft(unique("Clara Rossi"), null, 1980, null, null));
        clock.advance(Duration.ofMinutes(3));
        Client theirs = clients.update(original.id(), original.version(),
                new ClientDraft(original.fullName(), "0151 555 0101", 1980, "Left knee replacement", null));

        assertThatThrownBy(() -> clients.update(original.id(), original.version(),
                new ClientDraft(original.fullName(), null, 1981, null, null)))
                .isInstanceOfSatisfying(ClientChangedException.class, changed -> assertThat(changed.current()).isEqualTo(theirs));

        Client stored = clients.open(original.id());
        assertThat(stored.precautions()).isEqualTo("Left knee replacement");
        assertThat(stored.birthYear()).isEqualTo(1980);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(audit.trailOfClient(original.id())).extracting(AuditEntry::action, AuditEntry::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AuditAction.CLIENT_CREATED, AuditOutcome.OK),
                org.assertj.core.groups.Tuple.tuple(AuditAction.CLIENT_UPDATED, AuditOutcome.OK),
                org.assertj.core.groups.Tuple.tuple(AuditAction.CLIENT_UPDATED, AuditOutcome.FAILED),
                org.assertj.core.groups.Tuple.tuple(AuditAction.CLIENT_VIEWED, AuditOutcome.OK));
    }

    @Test
    void a_new_client_is_among_the_recent_ones() {
        clock.set(com.stretchkiosk.TestClock.START.plus(Duration.ofDays(30)));
        Client client = clients.create(new ClientDraft(unique("Recent Person"), null, null, null, null));
        assertThat(clients.recent()).extracting(ClientSummary::id).contains(client.id());
    }

    @Test
    void an_unknown_client_cannot_be_opened() {
        assertThatThrownBy(() -> clients.open(Long.MAX_VALUE)).isInstanceOf(ClientNotFoundException.class);
    }

    @Test
    void names_that_grow_when_folded_are_stored_and_found() {
        Client ligature = clients.create(new ClientDraft("\uFDFD".repeat(10), null, null, null, null));
        Client ffi = clients.create(new ClientDraft("\uFB03".repeat(50), null, null, null, null));
        assertThat(clients.open(ligature.id()).fullName()).isEqualTo("\uFDFD".repeat(10));
        assertThat(clients.search("ffiffi")).extracting(ClientSummary::id).contains(ffi.id());
        assertThat(SearchText.fold("\uFB03".repeat(50))).hasSize(SearchText.MAX_LENGTH);
    }

    @Test
    void invisible_names_and_broken_characters_are_refused_with_a_message() {
        for (String invisible : new String[] {"\u200B\u200B", "\u00A0\u00A0", "\uFEFF", "\u2060 \u200D", "\u200B\u0301\u200B"}) {
            assertThatThrownBy(() -> clients.create(new ClientDraft(invisible, null, null, null, null)))
                    .isInstanceOfSatisfying(ClientRefusedException.class,
                            refused -> assertThat(refused.problems()).containsKey(ClientField.FULL_NAME));
        }
        assertThatThrownBy(() -> clients.create(new ClientDraft("Ann\uD83D Lee", null, null, "knee\uDC00", null)))
                .isInstanceOfSatisfying(ClientRefusedException.class, refused -> {
                    assertThat(refused.problems().get(ClientField.FULL_NAME).messageKey()).isEqualTo("text.broken-character");
                    assertThat(refused.problems().get(ClientField.PRECAUTIONS).messageKey()).isEqualTo("text.broken-character");
                });
        Client emoji = clients.create(new ClientDraft("Lee \uD83D\uDE00 " + unique("Ann"), null, null, null, null));
        assertThat(clients.open(emoji.id()).fullName()).contains("\uD83D\uDE00");
    }
}
