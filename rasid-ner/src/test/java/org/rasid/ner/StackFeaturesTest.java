package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackFeaturesTest {
    private static final int O = 0, B_PERS = 1, I_PERS = 2, B_ORG = 3;

    @Test
    void otherMentionsCountWithinTheWindowAndNeverTheTokenItself() {
        String[] stems = {"ليون", "فاز", "على", "ليون", "و", "ليون", "،", "،"};
        int[] labels = {B_ORG, O, O, B_ORG, O, O, O, O};
        int[][] around = Mentions.around(stems, labels, 3);
        assertThat(around[0]).as("ليون at 3 is in reach, 5 is not").containsExactly(0, 0, 0, 1, 0, 0, 0, 0, 0);
        assertThat(around[3]).as("both others").containsExactly(1, 0, 0, 1, 0, 0, 0, 0, 0);
        assertThat(around[5]).containsExactly(0, 0, 0, 1, 0, 0, 0, 0, 0);
        assertThat(around[1]).as("no other فاز").isNull();
        assertThat(around[6]).as("punctuation carries no name").isNull();
    }

    @Test
    void describesTheFirstPassLabelTheMajorityTypeElsewhereAndItsPosition() {
        assertThat(StackFeatures.describe(O, null)).containsExactly("O", "-", "-");
        // three other mentions: two began a PERS, one was untagged
        assertThat(StackFeatures.describe(O, new int[] {1, 2, 0, 0, 0, 0, 0, 0, 0})).containsExactly("O", "PERS2+", "B");
        // one other mention, inside a PERS
        assertThat(StackFeatures.describe(B_PERS, new int[] {0, 0, 1, 0, 0, 0, 0, 0, 0})).containsExactly("B-PERS", "PERS3", "I");
        assertThat(StackFeatures.describe(I_PERS, new int[] {2, 0, 0, 0, 0, 0, 0, 0, 0})).containsExactly("I-PERS", "O", "-");
    }

    @Test
    void aNameTaggedElsewhereInTheDocumentChangesItsRows() {
        String[][] stems = {{"فاز", "ليون"}, {"خسر", "ليون"}};
        int[][] tagged = {{O, B_ORG}, {O, O}};
        int[][] untagged = {{O, O}, {O, O}};
        int[][][] a = StackFeatures.rows(stems, tagged, 300, 16);
        int[][][] b = StackFeatures.rows(stems, untagged, 300, 16);
        assertThat(a[1][1]).as("same first-pass label, other mention tagged ORG vs not").isNotEqualTo(b[1][1]);
        assertThat(a[1][0]).as("خسر has no other mention, but its right neighbour differs").isNotEqualTo(b[1][0]);
        assertThat(StackFeatures.rows(stems, tagged, 300, 16)).isDeepEqualTo(a);
        assertThat(java.util.Arrays.stream(a[0][1]).allMatch(r -> r > 0 && r < 1 << 16)).as("rows in the table, not the bias").isTrue();
        assertThat(StackFeatures.join(new int[][] {{0, 5}}, new int[][] {{7}})).isDeepEqualTo(new int[][] {{0, 5, 7}});
    }
}
