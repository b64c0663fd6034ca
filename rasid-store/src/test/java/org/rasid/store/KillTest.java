package org.rasid.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 an ingest at random moments, rerun it to the end, and compare with an uninterrupted run: the same
 * articles, layer rows and searchable documents, none twice.
 */
class KillTest {
    private static final int ARTICLES = 200;
    private static final String[] WORDS = {"الحكومة", "وزير", "غزة", "اليمن", "الرياض", "اجتماع", "هجوم", "قوات", "مدينة", "أعلن"};

    @TempDir
    Path tmp;

    @Test
    void killedIngestsRepairedByRerunningMatchAnUninterruptedRun() throws Exception {
        Path inputs = articles(tmp.resolve("in"));
        Path reference = tmp.resolve("reference");
        Path killed = tmp.resolve("killed");
        assertThat(ingest(reference, inputs, -1)).isZero();

        var random = new Random(7);
        int kills = 0;
        for (int attempt = 0; attempt < 4; attempt++) {
            if (ingest(killed, inputs, 400 + random.nextInt(1600)) != 0) {
                kills++;
            }
        }
        assertThat(kills).as("at least one run was killed before finishing").isPositive();
        assertThat(ingest(killed, inputs, -1)).isZero();

        try (var a = Store.open(reference); var b = Store.open(killed); var qa = a.queries(); var qb = b.queries()) {
            assertThat(a.size()).isEqualTo(ARTICLES);
            assertThat(b.size()).isEqualTo(ARTICLES);
            for (String table : List.of("mentions", "article_actors")) {
                assertThat(qb.count(table)).as(table).isEqualTo(qa.count(table)).isEqualTo(ARTICLES);
            }
            assertThat(qb.rows("SELECT id FROM articles ORDER BY id")).isEqualTo(qa.rows("SELECT id FROM articles ORDER BY id"));
            assertThat(b.search().search(SearchQuery.of("")).total()).isEqualTo(ARTICLES);
            assertThat(b.search().search(SearchQuery.of("هجوم")).total()).isEqualTo(a.search().search(SearchQuery.of("هجوم")).total());
        }
    }

    /** Runs the ingest in a child JVM, killing it with SIGKILL after {@code killAfterMs} (never when negative). */
    private static int ingest(Path store, Path inputs, long killAfterMs) throws IOException, InterruptedException {
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(), store.toString(), inputs.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (killAfterMs >= 0 && !p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL on Unix
            p.waitFor();
            return 137;
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    private static Path articles(Path dir) throws IOException {
        Files.createDirectories(dir);
        var random = new Random(1);
        for (int i = 0; i < ARTICLES; i++) {
            var text = new StringBuilder("مراسل" + i + " يكتب عنوان الخبر\n\n");
            for (int w = 0; w < 60; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ".\n" : " ");
            }
            Files.writeString(dir.resolve(String.format("a%03d.txt", i)), text);
        }
        return dir;
    }
}
