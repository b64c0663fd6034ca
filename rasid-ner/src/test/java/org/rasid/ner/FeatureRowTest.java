package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Rows are found without a division; they must be the rows a remainder gives, or every feature would move. */
class FeatureRowTest {
    @Test
    void rowIsOnePlusTheRemainderModuloTheMask() {
        var random = new Random(7);
        for (int bits : new int[] {4, 16, 20, 21, 26}) {
            int mask = (1 << bits) - 1;
            for (int k = 0; k < 200_000; k++) {
                long h = random.nextLong();
                assertThat(Features.row(h, bits)).isEqualTo(1 + (int) (Features.mix(h) >>> 33) % mask);
            }
        }
    }
}
