package org.rasid.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Matching word by word must find what looking up the joined words finds. */
class NameTrieTest {
    private final NameTrie<String> trie = NameTrie.of(
            Map.of("دينامو كييف", "ORG", "كييف", "LOC", "الامم المتحده للطفوله", "ORG"),
            Set.of("دينامو", "الامم", "الامم المتحده"));

    @Test
    void findsTheLongestNameAndItsValue() {
        String[] words = {"فاز", "دينامو", "كييف", "على", "كييف"};
        assertThat(trie.longest(words, 0, 5)).isZero();
        assertThat(trie.longest(words, 1, 5)).isEqualTo(2);
        assertThat(trie.get(words, 1, 3)).isEqualTo("ORG");
        assertThat(trie.longest(words, 4, 5)).as("at the sentence end").isEqualTo(1);
        assertThat(trie.get(words, 4, 5)).isEqualTo("LOC");
        assertThat(trie.longest(words, 1, 1)).as("at most one word, and دينامو alone is no name").isZero();
    }

    @Test
    void aPrefixAloneIsNoMatchAndStopsNowhere() {
        String[] words = {"الامم", "المتحده", "قالت"};
        assertThat(trie.starts("الامم")).isTrue();
        assertThat(trie.starts("المتحده")).isFalse();
        assertThat(trie.longest(words, 0, 6)).isZero();
        assertThat(trie.longest(new String[] {"الامم", "المتحده", "للطفوله"}, 0, 6)).isEqualTo(3);
    }
}
