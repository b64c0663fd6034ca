package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EncodingTest {
    private static int[] bio(String... tags) {
        return java.util.Arrays.stream(tags).mapToInt(Labels::index).toArray();
    }

    @Test
    void bilouMarksLastAndSingleTokensAndConvertsBackToTheSameBio() {
        int[] gold = bio("B-PERS", "I-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "B-ORG", "B-ORG", "I-ORG");
        int[] bilou = Encoding.BILOU.fromBio(gold);
        // PERS = type 0: B 1, I 2, L 3, U 4; ORG = type 1: 5-8; LOC = type 2: 9-12
        assertThat(bilou).containsExactly(1, 2, 3, 0, 12, 12, 8, 5, 7);
        assertThat(Encoding.BILOU.toBio(bilou)).containsExactly(gold);
        assertThat(Encoding.BIO.fromBio(gold)).isSameAs(gold);
    }

    @Test
    void bilouAllowsOnlyWellFormedNames() {
        var e = Encoding.BILOU;
        int bPers = 1, iPers = 2, lPers = 3, uPers = 4, bOrg = 5, lOrg = 7;
        assertThat(e.allowed(-1, bPers)).isTrue();
        assertThat(e.allowed(-1, lPers)).isFalse();
        assertThat(e.allowed(bPers, iPers)).isTrue();
        assertThat(e.allowed(bPers, lPers)).isTrue();
        assertThat(e.allowed(bPers, 0)).as("a begun name must end").isFalse();
        assertThat(e.allowed(bPers, lOrg)).as("and with its own type").isFalse();
        assertThat(e.allowed(lPers, bOrg)).isTrue();
        assertThat(e.allowed(uPers, iPers)).isFalse();
        assertThat(e.allowed(0, uPers)).isTrue();
        assertThat(List.of(e.mayEnd(0), e.mayEnd(bPers), e.mayEnd(iPers), e.mayEnd(lPers), e.mayEnd(uPers)))
                .containsExactly(true, false, false, true, true);
        assertThat(Encoding.ofCount(17)).isEqualTo(Encoding.BILOU);
        assertThat(Encoding.ofCount(9)).isEqualTo(Encoding.BIO);
    }

    @Test
    void viterbiNeverEndsInsideABilouName() {
        var chain = new LinearChain(1, Encoding.BILOU);
        float[][] emit = new float[2][Encoding.BILOU.count()];
        emit[0][1] = 5; // B-PERS is the best first label
        emit[1][2] = 5; // I-PERS the best second one, but a sentence cannot end inside a name
        emit[1][3] = 1;
        assertThat(chain.viterbi(emit)).containsExactly(1, 3);
    }
}
