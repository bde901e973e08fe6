package com.stretchkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.stretchkiosk.base.RecordNotFoundException;
import com.stretchkiosk.base.StudioUser;
import com.stretchkiosk.base.TextLimits;
import com.stretchkiosk.catalog.CatalogRefusedException;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.catalog.StretchDraft;
import com.stretchkiosk.client.Client;
import com.stretchkiosk.client.ClientDraft;
import com.stretchkiosk.client.ClientRefusedException;
import com.stretchkiosk.client.ClientService;
import com.stretchkiosk.client.SearchText;
import com.stretchkiosk.therapist.DeviceService;
import com.stretchkiosk.therapist.Therapist;
import com.stretchkiosk.therapist.TherapistRefusedException;
import com.stretchkiosk.therapist.TherapistService;
import com.stretchkiosk.visit.AttemptDraft;
import com.stretchkiosk.visit.Breathing;
import com.stretchkiosk.visit.NoteChip;
import com.stretchkiosk.visit.Outcome;
import com.stretchkiosk.visit.PainMoment;
import com.stretchkiosk.visit.PainStop;
import com.stretchkiosk.visit.PainStopDetail;
import com.stretchkiosk.visit.PainStopTap;
import com.stretchkiosk.visit.RecordingRefusedException;
import com.stretchkiosk.visit.Side;
import com.stretchkiosk.visit.StopRange;
import com.stretchkiosk.visit.Visit;
import com.stretchkiosk.visit.VisitClosedException;
import com.stretchkiosk.visit.VisitService;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import static com.stretchkiosk.Properties.nullable;
import static com.stretchkiosk.Properties.property;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.EnumSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Bad input at every service entry point, as QuickTheories generates it (250 tries a property, each with a fixed seed): numbers at and past every bound (and the
 * extremes of int), text of 0, 100, 101 and a million characters, NUL, right-to-left overrides, zero-width and
 * no-break spaces, lone surrogates, emoji sequences, ligatures that grow when folded, markup and spreadsheet
 * formula prefixes. Every call either stores what the rules allow or is refused with a message for a person;
 * nothing else may escape (no database CHECK failing, no exception a tablet would show as "Something went
 * wrong"), and what was stored obeys the rules when read back. Runs on its own kiosk and SQLite file.
 */
class BadInputPropertiesTest {

    private static final Map<String, AtomicLong> OUTCOMES = new ConcurrentHashMap<>();

    private static ConfigurableApplicationContext kiosk;
    private static Visit session;
    private static Stretch stretch;
    private static Therapist therapist;

    @BeforeAll
    static void startKiosk() throws IOException {
        kiosk = new SpringApplicationBuilder(KioskApplication.class).web(WebApplicationType.SERVLET)
                .properties("kiosk.database-path=" + Files.createTempDirectory("kiosk-bad-input").resolve("kiosk.db"),
                        "server.port=0", "logging.level.root=WARN", "kiosk.time-zone=Europe/Berlin")
                .run();
        TherapistService therapists = bean(TherapistService.class);
        therapists.createFirstManager("Property Manager", "a long enough pass phrase", "a long enough pass phrase");
        StudioUser manager = therapists.account("Property Manager").orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
        therapist = therapists.add("Property Therapist");
        stretch = bean(CatalogService.class).activeStretches().stream().filter(s -> !s.sided()).findFirst().orElseThrow();
        session = newSession();
    }

    @AfterAll
    static void stopKiosk() {
        SecurityContextHolder.clearContext();
        System.out.println("Bad input by entry point (stored / refused with a message / not found):");
        OUTCOMES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-40s %6d%n", e.getKey(), e.getValue().get()));
        if (kiosk != null) {
            kiosk.close();
        }
    }

    // ---- clients

    @Test
    void a_new_client_is_stored_by_the_rules_or_refused() {
        property(1).forAll(text().zip(phones(), years(), text(), dates(), ClientDraft::new)).checkAssert(draft -> {
            Client client = call("ClientService.create", () -> bean(ClientService.class).create(draft));
            if (client != null) {
                assertObeysRules(client);
            }
        });
    }

    @Test
    void an_edited_client_is_stored_by_the_rules_or_refused() {
        property(2).forAll(text(), text(), years()).checkAssert((name, precautions, birthYear) -> {
            ClientService clients = bean(ClientService.class);
            Client existing = clients.create(new ClientDraft("Edited Often", null, 1980, null, null));
            Client client = call("ClientService.update", () -> clients.update(existing.id(), existing.version(),
                    new ClientDraft(name, "+49 30 1234567", birthYear, precautions, null)));
            if (client != null) {
                assertObeysRules(client);
            }
        });
    }

    @Test
    void any_search_text_answers() {
        property(3).forAll(text()).checkAssert(query ->
                call("ClientService.search", () -> bean(ClientService.class).search(query == null ? "" : query)));
    }

    private static void assertObeysRules(Client client) {
        assertThat(client.fullName()).hasSizeLessThanOrEqualTo(TextLimits.NAME_MAX_LENGTH);
        assertThat(TextLimits.isVisible(client.fullName())).as("a name a person can see: %s", client.fullName()).isTrue();
        assertThat(TextLimits.hasBrokenCharacter(client.fullName())).isFalse();
        assertThat(client.fullName()).isEqualTo(client.fullName().strip());
        if (client.precautions() != null) {
            assertThat(client.precautions()).hasSizeLessThanOrEqualTo(TextLimits.NOTE_MAX_LENGTH);
            assertThat(TextLimits.hasBrokenCharacter(client.precautions())).isFalse();
        }
        assertThat(SearchText.fold(client.fullName())).hasSizeLessThanOrEqualTo(SearchText.MAX_LENGTH);
    }

    // ---- therapists, PINs, tablets

    @Test
    void a_therapist_name_is_stored_visibly_or_refused() {
        property(4).forAll(text()).checkAssert(name -> {
            Therapist added = call("TherapistService.add", () -> bean(TherapistService.class).add(name));
            if (added != null) {
                assertThat(added.displayName()).hasSizeLessThanOrEqualTo(TextLimits.NAME_MAX_LENGTH);
                assertThat(TextLimits.isVisible(added.displayName())).as(added.displayName()).isTrue();
                assertThat(TextLimits.hasBrokenCharacter(added.displayName())).isFalse();
            }
        });
    }

    @Test
    void a_pin_is_set_by_the_rules_or_refused() {
        property(5, 60).forAll(pins()).checkAssert(pin -> call("TherapistService.setPin", () -> {
            bean(TherapistService.class).setPin(therapist.id(), pin, pin);
            return Boolean.TRUE;
        }));
    }

    @Test
    void a_second_first_manager_is_always_refused() {
        property(6).forAll(text(), text()).checkAssert((name, password) -> {
            Therapist made = call("TherapistService.createFirstManager",
                    () -> bean(TherapistService.class).createFirstManager(name, password, password));
            assertThat(made).as("there is already a manager").isNull();
        });
    }

    @Test
    void a_tablet_label_is_stored_visibly_or_refused() {
        property(7).forAll(text()).checkAssert(label -> {
            String credential = call("DeviceService.enrol", () -> bean(DeviceService.class).enrol(label));
            if (credential != null) {
                var device = bean(DeviceService.class).recognise(credential).orElseThrow();
                assertThat(TextLimits.isVisible(device.label())).as(device.label()).isTrue();
                assertThat(TextLimits.hasBrokenCharacter(device.label())).isFalse();
            }
        });
    }

    @Test
    void any_credential_is_recognised_or_not() {
        property(8).forAll(text()).checkAssert(credential ->
                call("DeviceService.recognise", () -> bean(DeviceService.class).recognise(credential)));
    }

    // ---- the catalog

    @Test
    void a_stretch_is_saved_by_the_rules_or_refused() {
        Gen<Pair<String, String>> words = text().zip(text(), Pair::of);
        Gen<int[]> numbers = numbers().zip(numbers(), numbers(), numbers(),
                (repetitions, hold, min, max) -> new int[] {orZero(repetitions), orZero(hold), orZero(min), orZero(max)});
        property(9).forAll(words, numbers, Generate.enumValues(MeasureUnit.class)).checkAssert((text, n, unit) -> {
            StretchDraft draft = new StretchDraft(text._1, "Property group", "Supine", false, n[0], n[1], unit, n[2], n[3],
                    text._2 == null ? List.of() : List.of(text._2));
            Stretch saved = call("CatalogService.save", () -> bean(CatalogService.class).save(null, 0, draft));
            if (saved != null) {
                assertThat(saved.rangeMin()).isLessThan(saved.rangeMax());
                assertThat(saved.name()).hasSizeLessThanOrEqualTo(TextLimits.NAME_MAX_LENGTH);
                assertThat(TextLimits.isVisible(saved.name())).as(saved.name()).isTrue();
                assertThat(TextLimits.hasBrokenCharacter(saved.name())).isFalse();
                bean(CatalogService.class).retire(saved.id(), true);
            }
        });
    }

    // ---- the session

    @Test
    void a_repetition_is_stored_within_its_bounds_or_refused() {
        Gen<AttemptDraft> drafts = numbers().zip(numbers(), numbers(), numbers(), numbers(),
                (repetition, range, pressure, breathCount, hold) -> new AttemptDraft(UUID.randomUUID(), session.id(), stretch.id(),
                        Side.NONE, orZero(repetition), Outcome.COMPLETED, range, pressure, null, breathCount, hold, Set.of(), null))
                .zip(breathing(), chips(), text(), (d, breathing, chips, note) -> new AttemptDraft(d.factId(), d.visitId(), d.stretchId(),
                        d.side(), d.repetition(), d.outcome(), d.range(), d.pressure(), breathing, d.breathCount(), d.holdSeconds(), chips,
                        note));
        property(10).forAll(drafts).checkAssert(this::aRepetitionIsStoredWithinItsBoundsOrRefused);
    }

    private void aRepetitionIsStoredWithinItsBoundsOrRefused(AttemptDraft tapped) {
        // A session of its own: a repetition holds one attempt, so a shared session would soon refuse every tap as taken.
        AttemptDraft draft = new AttemptDraft(tapped.factId(), newSession().id(), tapped.stretchId(), tapped.side(), tapped.repetition(),
                tapped.outcome(), tapped.range(), tapped.pressure(), tapped.breathing(), tapped.breathCount(), tapped.holdSeconds(),
                tapped.noteChips(), tapped.note());
        var recorded = call("VisitService.recordAttempt", () -> bean(VisitService.class).recordAttempt(draft));
        if (recorded != null) {
            var attempt = recorded.fact();
            if (attempt.range() != null) {
                assertThat(attempt.range()).isBetween(stretch.rangeMin(), stretch.rangeMax());
            }
            if (attempt.pressure() != null) {
                assertThat(attempt.pressure()).isBetween(0, 10);
            }
            if (attempt.note() != null) {
                assertThat(attempt.note()).hasSizeLessThanOrEqualTo(TextLimits.NOTE_MAX_LENGTH);
                assertThat(TextLimits.hasBrokenCharacter(attempt.note())).isFalse();
            }
        }
    }

    @Test
    void a_pain_rating_is_stored_within_the_scale_or_refused() {
        property(11).forAll(numbers(), Generate.enumValues(PainMoment.class)).checkAssert((score, moment) -> {
            call("VisitService.recordPain", () -> bean(VisitService.class).recordPain(UUID.randomUUID(), session.id(), moment,
                    orZero(score)));
            Integer stored = bean(VisitService.class).facts(session.id()).painBefore();
            if (stored != null) {
                assertThat(stored).isBetween(0, 10);
            }
        });
    }

    @Test
    void a_stop_is_always_stored_whatever_was_set() {
        Gen<PainStopTap> taps = numbers().zip(numbers(), numbers(), numbers(), breathing(),
                (repetition, range, pressure, hold, breathing) -> new PainStopTap(UUID.randomUUID(), UUID.randomUUID(), session.id(),
                        stretch.id(), Side.NONE, orZero(repetition), range, pressure, breathing, hold));
        property(12).forAll(taps).checkAssert(tap -> {
            var recorded = call("VisitService.recordPainStop", () -> bean(VisitService.class).recordPainStop(tap));
            assertThat(recorded).as("STOP is never refused for a value").isNotNull();
            PainStop stop = recorded.fact();
            if (stop.rangeAtStop() != null) {
                assertThat(stop.rangeAtStop()).isBetween(stretch.rangeMin(), stretch.rangeMax());
            }
        });
    }

    @Test
    void a_stop_is_described_by_the_rules_or_refused() {
        property(13).forAll(numbers(), text(), numbers()).checkAssert((score, note, range) -> {
            PainStop stop = bean(VisitService.class).recordPainStop(new PainStopTap(UUID.randomUUID(), UUID.randomUUID(),
                    session.id(), stretch.id(), Side.NONE, 1, null, null, null, null)).fact();
            call("VisitService.describePainStop", () -> bean(VisitService.class).describePainStop(UUID.randomUUID(),
                    session.id(), stop.id(), new PainStopDetail(null, null, score, null, note,
                            range == null ? StopRange.NOT_MEASURED : StopRange.at(range))));
        });
    }

    @Test
    void a_session_ends_with_any_closing_note_or_says_why_not() {
        property(14, 60).forAll(text()).checkAssert(note -> {
            Visit visit = newSession();
            call("VisitService.end", () -> bean(VisitService.class).end(visit.id(), note));
        });
    }

    @Test
    void an_unknown_session_or_stretch_is_refused_calmly() {
        property(15).forAll(ids()).checkAssert(visitId ->
                call("VisitService.facts (any id)", () -> bean(VisitService.class).facts(visitId)));
    }

    // ---- generators

    /** Texts that break things, any text, text at the length limits, and mostly plain names; now and then none. */
    private static Gen<@Nullable String> text() {
        return nullable(Generate.frequency(
                Pair.of(3, Generate.pick(List.of("", " ", "\u0000", "Anna\u0000Berg", "\u202Eevil.exe", "\u200B\u200B\u200B",
                        "\u00A0\u2007\u202F", "\uD800", "Eva\uDC00Lind", "\uDBFF", "\uFFFF", "👩‍👩‍👧‍👦", "🏳️‍🌈".repeat(40),
                        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "=HYPERLINK(\"http://x\")", "+SUM(A1)", "-2+3",
                        "@cmd", "\t=1", "\r=1", "﷽".repeat(10), "ﬃ".repeat(50), "x".repeat(99), "x".repeat(100), "x".repeat(101),
                        "x".repeat(1000), "x".repeat(2000), "x".repeat(2001), "x".repeat(1_000_000), "Ο Γιώργος", "محمد", "李小龍",
                        "Zoë Ångström"))),
                Pair.of(2, chars(Generate.characters(0, 0xFFFF), 0, 120)),
                Pair.of(1, chars(Generate.characters(0, 0xFF), 95, 105)),
                Pair.of(4, chars(Generate.pick("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -'".chars()
                        .mapToObj(c -> (char) c).toList()), 1, 40))), 5);
    }

    private static Gen<String> chars(Gen<Character> each, int min, int max) {
        return lists().of(each).ofSizeBetween(min, max).map(list -> list.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** Any int, the bounds the rules name, and mostly small values, so that the stored path is taken too. */
    private static Gen<@Nullable Integer> numbers() {
        return nullable(Generate.frequency(
                Pair.of(1, integers().all()),
                Pair.of(1, Generate.pick(List.of(-1, 0, 1, 9, 10, 11, 180, 181, -180, -181, 300, 301, 1899, 1900, 2026, 2027,
                        Integer.MIN_VALUE, Integer.MAX_VALUE))),
                Pair.of(8, integers().between(0, 10))), 5);
    }

    private static Gen<@Nullable String> phones() {
        return Generate.oneOf(text(), Generate.pick(List.of("+49 30 1234567", "(030) 123-4567", "12345", "1234", "+1 555 0100 ext 2")));
    }

    private static Gen<@Nullable Integer> years() {
        return Generate.oneOf(numbers(), integers().between(1900, 2030));
    }

    private static Gen<@Nullable LocalDate> dates() {
        return nullable(Generate.oneOf(Generate.pick(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.now().plusDays(1),
                LocalDate.now(), LocalDate.of(1970, 1, 1))), longs().between(-400_000, 400_000).map(LocalDate::ofEpochDay)), 30);
    }

    private static Gen<@Nullable String> pins() {
        return Generate.oneOf(strings().numericBetween(0, 999_999).mix(strings().numeric()),
                Generate.pick(List.of("1234", "０１２３", "١٢٣٤", "12 34", "12\u000034", "-123", "123456789012345678901")), text());
    }

    private static Gen<Long> ids() {
        return Generate.oneOf(longs().all(), Generate.pick(List.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 987_654_321L)));
    }

    private static Gen<@Nullable Breathing> breathing() {
        return nullable(Generate.enumValues(Breathing.class), 20);
    }

    private static Gen<Set<NoteChip>> chips() {
        return lists().of(Generate.enumValues(NoteChip.class)).ofSizeBetween(0, 3)
                .map(list -> list.isEmpty() ? Set.<NoteChip>of() : EnumSet.copyOf(list));
    }

    // ---- the harness

    /**
     * Calls an entry point: its answer when it stored or read something, null when it refused with a message a
     * person can read. Anything else fails the property.
     */
    private static <T> @Nullable T call(String entryPoint, Supplier<T> call) {
        try {
            T answer = call.get();
            count(entryPoint + " stored");
            return answer;
        } catch (ClientRefusedException | RecordingRefusedException | CatalogRefusedException | TherapistRefusedException
                | VisitClosedException e) {
            count(entryPoint + " refused");
            return null;
        } catch (RecordNotFoundException e) {
            count(entryPoint + " not found");
            return null;
        }
    }

    private static void count(String outcome) {
        OUTCOMES.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
    }

    private static Visit newSession() {
        long client = bean(ClientService.class).create(new ClientDraft("Session " + UUID.randomUUID(), null, 1990, null, null)).id();
        return bean(VisitService.class).startOrResume(UUID.randomUUID(), client, therapist.id());
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private static <T> T bean(Class<T> type) {
        return kiosk.getBean(type);
    }

    static {
        Locale.setDefault(Locale.ENGLISH);
    }
}
