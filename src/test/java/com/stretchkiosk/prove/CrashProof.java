package com.stretchkiosk.prove;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Crash proof, run with {@code ./kiosk prove} (twenty kills) and, shortened to five, in every build
 * ({@link CrashProofTest}): the real kiosk in a child process ({@link CrashWorker}) logs facts from several threads and
 * prints each fact's id after its commit; the child is killed with SIGKILL at a random moment, again and again, on the
 * same database file. Afterwards every acknowledged fact must be stored exactly once, no repetition may hold two
 * standing attempts, and {@code PRAGMA integrity_check} must say ok. Prints its figures; exits 1 if any fails.
 */
public final class CrashProof {

    static final int KILLS = Integer.getInteger("prove.kills", 20);
    static final int THREADS = 4;
    /** Facts acknowledged per kill, at the least: fewer would prove little. */
    static final int MIN_FACTS_PER_KILL = 50;

    /** What a run found. */
    record Result(int kills, double seconds, int acknowledged, int lost, long duplicated, long doubledRepetitions, String integrity) {

        boolean proven() {
            return lost == 0 && duplicated == 0 && doubledRepetitions == 0 && "ok".equals(integrity)
                    && acknowledged >= MIN_FACTS_PER_KILL * kills;
        }

        void print() {
            System.out.printf("%nCrash proof: %d SIGKILLs in %.0f s, %,d facts acknowledged after their commit%n", kills, seconds,
                    acknowledged);
            System.out.printf("  acknowledged but not stored exactly once: %d%n", lost);
            System.out.printf("  stored twice: %d%n", duplicated);
            System.out.printf("  repetitions holding two standing attempts: %d%n", doubledRepetitions);
            System.out.printf("  PRAGMA integrity_check: %s%n", integrity);
            System.out.println(proven() ? "PROVEN" : "NOT PROVEN" + (acknowledged < MIN_FACTS_PER_KILL * kills ? " (too few facts)" : ""));
        }
    }

    private CrashProof() {
    }

    public static void main(String[] args) throws Exception {
        Result result = run(KILLS, Path.of("target/prove"));
        result.print();
        System.exit(result.proven() ? 0 : 1);
    }

    /** {@code kills} SIGKILLs of a kiosk logging facts into a database in {@code folder}, and what was stored after. */
    static Result run(int kills, Path folder) throws Exception {
        Files.createDirectories(folder);
        Path database = folder.resolve("crash.db");
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            Files.deleteIfExists(Path.of(database + suffix));
        }
        String classpath = classpath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Random random = new Random(Long.getLong("prove.seed", 20261124L));
        long started = System.nanoTime();
        for (int kill = 1; kill <= kills; kill++) {
            Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", classpath,
                    CrashWorker.class.getName(), database.toString(), Integer.toString(THREADS))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = Thread.ofPlatform().start(() -> {
                try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.startsWith("ACK ")) {
                            acknowledged.add(line.substring(4).strip());
                        } else if (line.equals("READY")) {
                            ready.countDown();
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child was killed: its output ends here
                }
            });
            if (!ready.await(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new IllegalStateException("The kiosk did not start in the child process (kill " + kill + ")");
            }
            Thread.sleep(300 + random.nextInt(2500));
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no goodbye
            child.waitFor();
            reader.join(5000);
            System.out.printf("kill %2d: %,d facts acknowledged so far%n", kill, acknowledged.size());
        }

        List<String> lost = new ArrayList<>();
        long duplicated;
        long doubledRepetitions;
        String integrity;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM attempt WHERE fact_id = ?")) {
            for (String fact : acknowledged) {
                count.setString(1, fact);
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    if (result.getInt(1) != 1) {
                        lost.add(fact);
                    }
                }
            }
            try (ResultSet result = connection.createStatement().executeQuery(
                    "SELECT count(*) FROM (SELECT fact_id FROM attempt GROUP BY fact_id HAVING count(*) > 1)")) {
                result.next();
                duplicated = result.getLong(1);
            }
            try (ResultSet result = connection.createStatement().executeQuery("SELECT count(*) FROM (SELECT 1 FROM attempt"
                    + " WHERE voided_at IS NULL GROUP BY visit_id, stretch_id, side, repetition HAVING count(*) > 1)")) {
                result.next();
                doubledRepetitions = result.getLong(1);
            }
            try (ResultSet result = connection.createStatement().executeQuery("PRAGMA integrity_check")) {
                integrity = result.next() ? result.getString(1) : "no answer";
            }
        }
        return new Result(kills, (System.nanoTime() - started) / 1e9, acknowledged.size(), lost.size(), duplicated, doubledRepetitions,
                integrity);
    }

    /** The project's classpath as the launcher sees it (exec:java runs the proof in a class loader of its own). */
    private static String classpath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            return Arrays.stream(loader.getURLs()).map(url -> {
                try {
                    return new File(url.toURI()).getPath();
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }
}
