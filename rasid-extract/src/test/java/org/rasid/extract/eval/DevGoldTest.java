package org.rasid.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rasid.core.pipeline.Pipeline;

/**
 * The whole pipeline on the dev gold (the 32 shared articles and the 8 annotated for this module, which point into
 * the corpus): guards the measured level against regressions.
 */
class DevGoldTest {
    @Test
    void devGoldStaysAtItsMeasuredLevel() {
        String shared = System.getProperty("rasid.shared");
        assertThat(shared).as("system property rasid.shared (set by surefire)").isNotNull();
        Path data = Path.of(shared, "data");
        Path corpus = data.resolve("news/saudinewsnet.jsonl.gz");
        var gold = new java.util.ArrayList<>(GoldReader.read(data.resolve("extract-dev/gold.jsonl"), corpus));
        gold.addAll(GoldReader.read(Path.of("src/test/resources/gold/extract-dev-added.jsonl"), corpus));
        var result = new ExtractEval(Pipeline.standard()::process).evaluate(gold);
        assertThat(result.articles()).isEqualTo(40);
        assertThat(result.quotes().f1()).isGreaterThan(0.78);
        assertThat(result.events().f1()).isGreaterThan(0.30);
        assertThat(result.relations().precision()).isGreaterThanOrEqualTo(0.5);
    }
}
