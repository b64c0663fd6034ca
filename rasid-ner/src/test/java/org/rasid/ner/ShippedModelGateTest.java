package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped model must keep its measured dev F1 (docs/ner.md), less one point of slack. */
class ShippedModelGateTest {
    /** Micro F1 of the shipped model on ANERcorp dev; it was trained on train + dev, so this guards against
     * regressions in features or loading, not overfitting (held-out figures: docs/ner.md). */
    static final double SHIPPED_DEV_F1 = 98.57;

    @Test
    void shippedModelKeepsItsDevScore() {
        String shared = System.getProperty("rasid.shared");
        assertThat(shared).as("system property rasid.shared (set by surefire)").isNotNull();
        Path dev = Path.of(shared, "data", "anercorp", "dev.conll");
        assertThat(Files.isRegularFile(dev)).as(dev + " exists").isTrue();
        var result = NerEvaluator.evaluate(NerModel.shipped(), dev);
        assertThat(result.scores().micro().f1()).isGreaterThanOrEqualTo(SHIPPED_DEV_F1 - 1);
        assertThat(result.tokens()).isEqualTo(12_505);
    }
}
