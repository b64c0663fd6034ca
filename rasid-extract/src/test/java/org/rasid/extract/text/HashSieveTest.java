package org.rasid.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashSieveTest {
    @Test
    void hashOfAWordWithItsPrefixReplacedIsTheHashOfThatString() {
        String[][] cases = {{"ال", "والقاعده", "3"}, {"", "بطالبان", "1"}, {"ال", "للحكومه", "2"}, {"abc", "x", "1"},
                {"", "وبالمدينه", "4"}, {"ال", "و" + "ب".repeat(80), "1"}};
        for (String[] c : cases) {
            int from = Integer.parseInt(c[2]);
            assertThat(HashSieve.hash(c[0], c[1], from)).as(c[1]).isEqualTo((c[0] + c[1].substring(from)).hashCode());
        }
    }

    @Test
    void aWordAddedIsFoundAndMostOthersAreNot() {
        var sieve = HashSieve.of(java.util.List.of("طالبان", "القاعده"));
        assertThat(sieve.mayContain("طالبان")).isTrue();
        assertThat(sieve.mayContainHash(HashSieve.hash("ال", "والقاعده", 3))).isTrue();
        assertThat(sieve.mayContain("كابول") && sieve.mayContain("بغداد") && sieve.mayContain("دمشق")).isFalse();
    }
}
