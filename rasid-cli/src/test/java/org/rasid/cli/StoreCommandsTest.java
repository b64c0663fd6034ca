package org.rasid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, search, sql and export through the command line, on a store in a temporary folder. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private String stdout() {
        String s = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return s;
    }

    @Test
    void ingestTwiceStoresOnceThenSearchQueryAndExport() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "الحكومة اليمنية تجتمع في الرياض\nاجتمعت الحكومة اليمنية اليوم في الرياض لبحث الأوضاع.\n");
        Files.writeString(in.resolve("b.txt"), "أمطار غزيرة في جدة\nهطلت أمطار غزيرة على مدينة جدة صباح اليوم.\n");
        String store = dir.resolve("store").toString();

        assertThat(Rasid.run("ingest", in.toString(), "--store", store)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("read 2, stored 2, skipped 0");
        err.reset();
        assertThat(Rasid.run("ingest", in.toString(), "--store", store)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("read 2, stored 0, skipped 2");

        assertThat(Rasid.run("search", "وبالحكومة", "--store", store)).isZero();
        assertThat(stdout()).contains("1 articles match").contains("«الحكومة»");

        assertThat(Rasid.run("sql", "SELECT count(*) AS n FROM articles", "--store", store)).isZero();
        assertThat(stdout()).isEqualTo("n\n2\n");
        err.reset();
        assertThat(Rasid.run("sql", "DELETE FROM articles", "--store", store)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("read-only");
        assertThat(Rasid.run("sql", "SELECT count(*) FROM articles", "--store", store, "--format", "jsonl")).isZero();
        assertThat(stdout()).contains("2");

        Path csv = dir.resolve("events.csv");
        assertThat(Rasid.run("export", "events", "--format", "csv", "-o", csv.toString(), "--store", store)).isZero();
        assertThat(Files.readString(csv)).startsWith("date,type,cameo,actor1,actor1_name,actor2,actor2_name,location");
    }

    @Test
    void sqlOnAMissingStoreIsOneLineError() {
        assertThat(Rasid.run("sql", "SELECT 1", "--store", dir.resolve("none").toString())).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("rasid: ").hasLineCount(1);
    }
}
