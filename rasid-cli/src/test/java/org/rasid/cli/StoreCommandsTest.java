package org.rasid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, search, sql and export through the command line, on a store in a temporary folder. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    @Test
    void ingestTwiceStoresOnceThenSearchQueryAndExport() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "الحكومة اليمنية تجتمع في الرياض\nاجتمعت الحكومة اليمنية اليوم في الرياض لبحث الأوضاع.\n");
        Files.writeString(in.resolve("b.txt"), "أمطار غزيرة في جدة\nهطلت أمطار غزيرة على مدينة جدة صباح اليوم.\n");
        String store = dir.resolve("store").toString();

        assertThat(CliRun.run("ingest", in.toString(), "--store", store)).satisfies(r -> {
            assertThat(r.exit()).isZero();
            assertThat(r.err()).contains("read 2, stored 2, skipped 0");
        });
        assertThat(CliRun.run("ingest", in.toString(), "--store", store)).satisfies(r -> {
            assertThat(r.exit()).isZero();
            assertThat(r.err()).contains("read 2, stored 0, skipped 2");
        });

        assertThat(CliRun.run("search", "وبالحكومة", "--store", store)).satisfies(r -> {
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("1 articles match").contains("«الحكومة»");
        });

        assertThat(CliRun.run("sql", "SELECT count(*) AS n FROM articles", "--store", store)).satisfies(r -> {
            assertThat(r.exit()).isZero();
            assertThat(r.out()).isEqualTo("n\n2\n");
        });
        assertThat(CliRun.run("sql", "DELETE FROM articles", "--store", store)).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("read-only");
        });
        assertThat(CliRun.run("sql", "SELECT count(*) FROM articles", "--store", store, "--format", "jsonl")).satisfies(r -> {
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("2");
        });

        Path csv = dir.resolve("events.csv");
        assertThat(CliRun.run("export", "events", "--format", "csv", "-o", csv.toString(), "--store", store).exit()).isZero();
        assertThat(Files.readString(csv)).startsWith("date,type,cameo,actor1,actor1_name,actor2,actor2_name,location");
    }

    @Test
    void sqlOnAMissingStoreIsOneLineError() {
        var r = CliRun.run("sql", "SELECT 1", "--store", dir.resolve("none").toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("rasid: ").hasLineCount(1);
    }
}
