package org.rasid.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rasid.core.pipeline.Pipeline;

/** The whole pipeline on the shared dev gold (32 articles): guards the measured level against regressions. */
class DevGoldTest {
    @Test
    void devGoldStaysAtItsMeasuredLevel() {
        String shared = System.getProperty("rasid.shared");
        assertThat(shared).as("system property rasid.shared (set by surefire)").isNotNull();
        Path data = Path.of(shared, "data");
        var gold = GoldReader.read(data.resolve("extract-dev/gold.jsonl"), data.resolve("news/saudinewsnet.jsonl.gz"));
        var result = new ExtractEval(Pipeline.standard()::process).evaluate(gold);
        assertThat(result.articles()).isEqualTo(32);
        assertThat(result.quotes().f1()).isGreaterThan(0.78);
        assertThat(result.events().f1()).isGreaterThan(0.30);
        assertThat(result.relations().precision()).isGreaterThanOrEqualTo(0.5);
    }
}
