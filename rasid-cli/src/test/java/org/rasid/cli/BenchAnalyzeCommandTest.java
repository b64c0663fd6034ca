package org.rasid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.DocumentJson;

/** bench analyze: the measured articles are not the warm-up ones, and the warm-up curve is printed per block. */
class BenchAnalyzeCommandTest {
    @TempDir
    Path dir;

    @Test
    void measuresTheFirstArticlesAfterAWarmUpOnTheOthersInBlocks() throws Exception {
        Path corpus = dir.resolve("news.jsonl");
        Files.writeString(corpus, IntStream.range(0, 5)
                .mapToObj(i -> "{\"title\":\"خبر " + i + "\",\"content\":\"قال وزير الخارجية المصري أمس إن الجيش سيطر على مدينة حلب بعد اشتباكات قتل فيها " + (i + 2) + " أشخاص.\"}")
                .collect(Collectors.joining("\n", "", "\n")));
        CliRun r = CliRun.run("bench", "analyze", "--corpus", corpus.toString(), "--docs", "2", "--warmup", "3");
        assertThat(r.exit()).isZero();
        var json = DocumentJson.MAPPER.readTree(r.out());
        assertThat(json.get("documents").asInt()).isEqualTo(2);
        assertThat(json.get("warmup_documents").asInt()).isEqualTo(3);
        assertThat(json.get("warmup")).hasSize(2); // blocks of 2 and 1
        assertThat(json.get("module_seconds").get("extract").asDouble()).isPositive();
        assertThat(json.get("added_by_module").get("extract").asDouble()).isPositive();
    }

    @Test
    void aCorpusWithNoArticleIsAnErrorNotZeros() throws Exception {
        CliRun missing = CliRun.run("bench", "analyze", "--corpus", dir.resolve("none.jsonl").toString());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err().strip().lines()).singleElement().asString().contains("none.jsonl");

        Path garbage = dir.resolve("garbage.jsonl");
        Files.write(garbage, new byte[] {'x', 0, (byte) 0xff, '\n'});
        CliRun bad = CliRun.run("bench", "analyze", "--corpus", garbage.toString());
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err().strip().lines()).singleElement().asString().contains("garbage.jsonl");
    }

    @Test
    void refusesToMeasureNothing() {
        CliRun r = CliRun.run("bench", "analyze", "--corpus", "news.jsonl", "--docs", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines()).singleElement().asString().contains("--docs");
    }
}
