package com.stretchkiosk.prove;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The crash proof in every build, shortened so that it cannot rot: five SIGKILLs of a real kiosk while it logs facts,
 * and none lost, none doubled, no repetition holding two attempts, the file intact. {@code ./kiosk prove} keeps its
 * twenty.
 */
class CrashProofTest {

    @Test
    void five_sigkills_while_facts_are_logged_lose_nothing_and_double_nothing() throws Exception {
        CrashProof.Result result = CrashProof.run(5, Files.createTempDirectory("kiosk-crash-proof"));
        result.print();
        assertThat(result.lost()).as("acknowledged but not stored exactly once").isZero();
        assertThat(result.duplicated()).as("stored twice").isZero();
        assertThat(result.doubledRepetitions()).as("repetitions holding two standing attempts").isZero();
        assertThat(result.integrity()).isEqualTo("ok");
        assertThat(result.proven()).as("enough facts acknowledged to prove anything: %s", result).isTrue();
    }
}
