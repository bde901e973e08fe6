package com.stretchkiosk.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What another studio is told of a client's record at the hub: only what stands there, the stops that stand first. */
class ChainRecordReaderTest {

    private static final long A = 1;
    private static final long C = 3;
    private static final long DAY = 86_400_000L;
    private static final Map<String, String> STRETCHES = Map.of("1:10", "Levator scapulae", "1:11", "Hamstring, lying", "3:10",
            "Lying hamstring");

    private final List<HubRepository.Held> rows = new ArrayList<>();

    @Test
    void a_session_there_is_told_with_its_repetitions_pain_and_note_and_its_standing_stop_is_a_caution() {
        visit(A, 1, 10 * DAY, null, "Gentle on the neck");
        rating(A, 1, 1, "BEFORE", 3, null);
        rating(A, 2, 1, "BEFORE", 9, 1L);
        rating(A, 3, 1, "AFTER", 1, null);
        attempt(A, 1, 1, 10, "LEFT", 1, "COMPLETED", "DEPTH", 5, null);
        attempt(A, 2, 1, 10, "LEFT", 2, "COMPLETED", "DEPTH", 6, null);
        attempt(A, 3, 1, 10, "LEFT", 3, "STOPPED_FOR_PAIN", "DEPTH", null, null);
        stop(A, 1, 3, 6, null);

        ChainRecord record = ChainRecordReader.read(rows, STRETCHES);

        assertThat(record.cautions()).singleElement().isEqualTo(new ChainCaution("Studio A", "Levator scapulae", "LEFT", 6, "DEPTH",
                Instant.ofEpochMilli(10 * DAY + 3)));
        ChainVisit visit = record.visits().getFirst();
        assertThat(visit.studio()).isEqualTo("Studio A");
        assertThat(visit.startedAt()).isEqualTo(Instant.ofEpochMilli(10 * DAY));
        assertThat(visit.painBefore()).as("the voided rating of 9 is no part of it").isEqualTo(3);
        assertThat(visit.painAfter()).isEqualTo(1);
        assertThat(visit.closingNote()).isEqualTo("Gentle on the neck");
        assertThat(visit.attempts()).extracting(ChainAttempt::repetition, ChainAttempt::range, ChainAttempt::painStop, ChainAttempt::rangeAtStop)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 5, false, null), org.assertj.core.groups.Tuple.tuple(2, 6, false, null),
                        org.assertj.core.groups.Tuple.tuple(3, null, true, 6));
        assertThat(visit.painStops()).isEqualTo(1);
    }

    @Test
    void where_a_stop_hurt_is_the_range_its_latest_standing_detail_gave_as_at_the_studio() {
        visit(A, 1, 10 * DAY, null, null);
        attempt(A, 1, 1, 10, "LEFT", 1, "STOPPED_FOR_PAIN", "DEPTH", null, null);
        stop(A, 1, 1, null, null);
        detail(A, 1, 1, null, null, null); // where and how bad only: the tap's range (none) stands
        detail(A, 2, 1, "MEASURED", 6, null);
        attempt(A, 2, 1, 10, "RIGHT", 1, "STOPPED_FOR_PAIN", "DEPTH", null, null);
        stop(A, 2, 2, 7, null);
        detail(A, 3, 2, "NOT_MEASURED", null, null);
        detail(A, 4, 2, "MEASURED", 3, 99L); // undone: the answer before it counts

        ChainRecord record = ChainRecordReader.read(rows, STRETCHES);

        assertThat(record.cautions()).extracting(ChainCaution::side, ChainCaution::rangeAtStop)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("LEFT", 6), org.assertj.core.groups.Tuple.tuple("RIGHT", null));
    }

    @Test
    void what_was_voided_there_is_not_told_and_a_resolved_stop_is_history_not_a_caution() {
        visit(A, 1, 10 * DAY, null, null);
        attempt(A, 1, 1, 10, "LEFT", 1, "COMPLETED", "DEPTH", 9, 5L); // corrected: voided, then stored again
        attempt(A, 2, 1, 10, "LEFT", 1, "COMPLETED", "DEPTH", 4, null);
        attempt(A, 3, 1, 10, "RIGHT", 1, "STOPPED_FOR_PAIN", "DEPTH", null, null);
        stop(A, 1, 3, 5, null);
        resolution(A, 1, 1, null);
        attempt(A, 4, 1, 11, "NONE", 1, "STOPPED_FOR_PAIN", "DEGREES", null, null);
        stop(A, 2, 4, 30, 7L); // undone at the table
        visit(A, 2, 12 * DAY, 13L, null); // a session voided whole takes its stop with it
        attempt(A, 5, 2, 10, "LEFT", 1, "STOPPED_FOR_PAIN", "DEPTH", null, null);
        stop(A, 3, 5, 3, null);

        ChainRecord record = ChainRecordReader.read(rows, STRETCHES);

        assertThat(record.cautions()).as("resolved, undone, or in a voided session: none stands").isEmpty();
        assertThat(record.visits()).singleElement().satisfies(visit -> assertThat(visit.attempts())
                .extracting(ChainAttempt::side, ChainAttempt::range, ChainAttempt::painStop)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LEFT", 4, false), org.assertj.core.groups.Tuple.tuple("RIGHT", null, true),
                        org.assertj.core.groups.Tuple.tuple("NONE", null, false)));
    }

    @Test
    void sessions_of_several_studios_come_newest_first_and_a_resolution_voided_leaves_the_stop_standing() {
        visit(A, 1, 10 * DAY, null, null);
        attempt(A, 1, 1, 10, "LEFT", 1, "STOPPED_FOR_PAIN", "DEPTH", null, null);
        stop(A, 1, 1, null, null);
        resolution(A, 1, 1, 20L);
        visit(C, 1, 20 * DAY, null, null);
        attempt(C, 1, 1, 10, "RIGHT", 1, "STOPPED_FOR_PAIN", "DEGREES", null, null);
        stop(C, 1, 1, 40, null);

        ChainRecord record = ChainRecordReader.read(rows, STRETCHES);

        assertThat(record.visits()).extracting(ChainVisit::studio).containsExactly("Studio C", "Studio A");
        assertThat(record.cautions()).extracting(ChainCaution::studio, ChainCaution::stretch, ChainCaution::rangeAtStop)
                .as("newest first; the stop with no range stands as one")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Studio C", "Lying hamstring", 40),
                        org.assertj.core.groups.Tuple.tuple("Studio A", "Levator scapulae", null));
    }

    @Test
    void ranges_there_are_the_best_completed_range_of_each_session_first_against_latest_per_studio_stretch_side_and_unit() {
        visit(A, 1, 10 * DAY, null, null);
        attempt(A, 1, 1, 10, "LEFT", 1, "COMPLETED", "DEPTH", 4, null);
        attempt(A, 2, 1, 10, "LEFT", 2, "COMPLETED", "DEPTH", 5, null);
        attempt(A, 3, 1, 11, "NONE", 1, "COMPLETED", "DEGREES", 40, null);
        visit(A, 2, 20 * DAY, null, null);
        attempt(A, 4, 2, 10, "LEFT", 1, "STOPPED_FOR_PAIN", "DEPTH", 9, null);
        attempt(A, 5, 2, 10, "LEFT", 2, "SKIPPED", "DEPTH", null, null);
        attempt(A, 6, 2, 10, "LEFT", 3, "COMPLETED", "DEPTH", 7, null);
        attempt(A, 7, 2, 11, "NONE", 1, "COMPLETED", "CENTIMETRES", 12, null); // the studio changed the unit
        visit(C, 1, 30 * DAY, null, null);
        attempt(C, 1, 1, 10, "LEFT", 1, "COMPLETED", "DEPTH", 2, null);

        List<ChainRange> ranges = ChainRecordReader.read(rows, STRETCHES).ranges();

        assertThat(ranges).containsExactly(
                new ChainRange("Studio A", "Levator scapulae", "LEFT", "DEPTH", 5, Instant.ofEpochMilli(10 * DAY), 7,
                        Instant.ofEpochMilli(20 * DAY), 2),
                new ChainRange("Studio A", "Hamstring, lying", "NONE", "DEGREES", 40, Instant.ofEpochMilli(10 * DAY), 40,
                        Instant.ofEpochMilli(10 * DAY), 1),
                new ChainRange("Studio A", "Hamstring, lying", "NONE", "CENTIMETRES", 12, Instant.ofEpochMilli(20 * DAY), 12,
                        Instant.ofEpochMilli(20 * DAY), 1),
                // Each studio's stretch by its own name.
                new ChainRange("Studio C", "Lying hamstring", "LEFT", "DEPTH", 2, Instant.ofEpochMilli(30 * DAY), 2,
                        Instant.ofEpochMilli(30 * DAY), 1));
    }

    private void visit(long studio, long id, long startedAt, Long voidedAt, String note) {
        row(studio, "visit", "{\"id\":" + id + ",\"started_at\":" + startedAt + ",\"ended_at\":" + (startedAt + 3_600_000) + ",\"closing_note\":"
                + (note == null ? "null" : "\"" + note + "\"") + ",\"voided_at\":" + voidedAt + "}");
    }

    private void attempt(long studio, long id, long visit, long stretch, String side, int repetition, String outcome, String unit,
            Integer range, Long voidedAt) {
        row(studio, "attempt", "{\"id\":" + id + ",\"visit_id\":" + visit + ",\"stretch_id\":" + stretch + ",\"side\":\"" + side
                + "\",\"repetition\":" + repetition + ",\"outcome\":\"" + outcome + "\",\"unit\":\"" + unit + "\",\"range_reached\":" + range
                + ",\"recorded_at\":" + (visit * 10 * DAY + id) + ",\"voided_at\":" + voidedAt + "}");
    }

    private void stop(long studio, long id, long attempt, Integer range, Long voidedAt) {
        row(studio, "pain_stop", "{\"id\":" + id + ",\"attempt_id\":" + attempt + ",\"occurred_at\":" + (studio * 10 * DAY + attempt)
                + ",\"range_at_stop\":" + range + ",\"voided_at\":" + voidedAt + "}");
    }

    private void detail(long studio, long id, long stop, String answer, Integer range, Long voidedAt) {
        row(studio, "pain_stop_detail", "{\"id\":" + id + ",\"pain_stop_id\":" + stop + ",\"range_answer\":"
                + (answer == null ? "null" : "\"" + answer + "\"") + ",\"range_at_stop\":" + range + ",\"voided_at\":" + voidedAt + "}");
    }

    private void resolution(long studio, long id, long stop, Long voidedAt) {
        row(studio, "pain_stop_resolution", "{\"id\":" + id + ",\"pain_stop_id\":" + stop + ",\"voided_at\":" + voidedAt + "}");
    }

    private void rating(long studio, long id, long visit, String moment, int score, Long voidedAt) {
        row(studio, "pain_rating", "{\"id\":" + id + ",\"visit_id\":" + visit + ",\"moment\":\"" + moment + "\",\"score\":" + score
                + ",\"voided_at\":" + voidedAt + "}");
    }

    private void row(long studio, String kind, String body) {
        rows.add(new HubRepository.Held(studio, studio == A ? "Studio A" : "Studio C", kind, kind + ":" + rows.size(), body));
    }
}
