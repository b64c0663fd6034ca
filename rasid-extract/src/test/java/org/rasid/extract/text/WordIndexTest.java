package org.rasid.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordIndexTest {
    private static final String TEXT = "دخلت القوات البلدة، وقالت القوات إن الشرطة وصلت. وانسحبت القوات ثم عادت الشرطة والقوات إلى البلدة.";

    /** Every word index at or after 0 that {@code next} yields, in order. */
    private static List<Integer> all(WordIndex index, WordSet set, boolean bare) {
        var out = new ArrayList<Integer>();
        for (int i = bare ? index.nextWithBare(set, 0) : index.next(set, 0); i >= 0;
                i = bare ? index.nextWithBare(set, i + 1) : index.next(set, i + 1)) {
            out.add(i);
        }
        return out;
    }

    /** What a rule reading every word would find: the indexes whose norm (or bare form) is in {@code set}. */
    private static List<Integer> scanned(List<Word> words, Set<String> set, boolean bare) {
        var out = new ArrayList<Integer>();
        for (int i = 0; i < words.size(); i++) {
            if (set.contains(words.get(i).norm()) || bare && set.contains(words.get(i).bare())) {
                out.add(i);
            }
        }
        return out;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void theIndexHoldsTheWordsOfTheTextAsWordsScansThem() {
        var index = WordIndex.of(TEXT);
        assertThat(index.words()).isEqualTo(Words.of(TEXT));
        assertThat(Words.in(TEXT, 0, TEXT.length())).isEqualTo(index.words());
    }

    @Test
    void oneIndexPerTextUntilAnotherTextIsAsked() {
        String other = new String(TEXT); // equal, but another document's text
        var first = WordIndex.of(TEXT);
        assertThat(WordIndex.of(TEXT)).isSameAs(first);
        assertThat(WordIndex.of(other)).isNotSameAs(first);
        assertThat(WordIndex.of(TEXT)).isNotSameAs(first);
    }

    @Test
    void nextFindsTheWordsOfASetInTextOrderFromAnyWord() {
        var index = WordIndex.of(TEXT);
        var forces = Set.of("القوات", "الشرطه");
        var set = WordSet.of(forces);
        List<Integer> expected = scanned(index.words(), forces, false);
        assertThat(expected).hasSize(5); // القوات ×3 and الشرطة ×2, not والقوات
        assertThat(all(index, set, false)).isEqualTo(expected);
        assertThat(index.next(set, expected.get(2))).isEqualTo(expected.get(2));
        assertThat(index.next(set, expected.get(4) + 1)).isEqualTo(-1);
        assertThat(index.next(set, index.words().size())).isEqualTo(-1);
    }

    @Test
    void withBareAlsoFindsTheWordsAfterAConjunction() {
        var index = WordIndex.of(TEXT);
        var forces = Set.of("القوات");
        List<Integer> expected = scanned(index.words(), forces, true);
        assertThat(expected).hasSize(4); // and والقوات
        assertThat(all(index, WordSet.of(forces), true)).isEqualTo(expected);
        assertThat(all(index, WordSet.of(forces), false)).hasSize(3);
    }

    @Test
    void aSetLargerThanTheTextIsAnsweredAsASmallOneIs() {
        var index = WordIndex.of(TEXT);
        var large = new HashSet<String>();
        for (int k = 0; k < 500; k++) {
            large.add("كلمه" + k);
        }
        large.add("البلده");
        large.add("قالت"); // only as the bare form of وقالت
        assertThat(all(index, WordSet.of(large), false)).isEqualTo(scanned(index.words(), large, false)).hasSize(2);
        assertThat(all(index, WordSet.of(large), true)).isEqualTo(scanned(index.words(), large, true)).hasSize(3);
    }

    @Test
    void positionsOfAListMadeForOneDocument() {
        var index = WordIndex.of(TEXT);
        var keys = List.of("الشرطه", "القوات", "جيش");
        assertThat(index.positionsOf(keys, false)).containsExactly(ints(scanned(index.words(), Set.copyOf(keys), false)));
        assertThat(index.positionsOf(keys, true)).containsExactly(ints(scanned(index.words(), Set.copyOf(keys), true)));
        assertThat(index.positionsOf(List.of("جيش"), true)).isEmpty();
    }

    @Test
    void wordsOfOneFormShareItsIdAndItsSlotPerKey() {
        var index = WordIndex.of("أمريكا وامريكا امريكا إيران");
        assertThat(index.formOf(0)).isEqualTo(index.formOf(2)); // أمريكا and امريكا fold to one form
        assertThat(index.formOf(1)).isNotEqualTo(index.formOf(0)).isNotEqualTo(index.formOf(3));
        assertThat(index.formCount()).isEqualTo(3); // امريكا, وامريكا (whose bare form is امريكا again), ايران
        var asked = new ArrayList<String>();
        Object key = new Object();
        var lengths = index.perForm(key, w -> {
            asked.add(w.norm());
            return w.norm().length() > 5 ? w.norm().length() : null;
        });
        assertThat(lengths.at(0)).isEqualTo(6);
        assertThat(lengths.at(2)).isEqualTo(6);
        assertThat(lengths.at(3)).isNull();
        assertThat(lengths.at(3)).isNull();
        assertThat(asked).containsExactly("امريكا", "ايران"); // once per form, a null answer too
        assertThat(index.perForm(key, w -> -1).at(0)).isEqualTo(6); // kept under the key for the document
        assertThat(index.perForm(new Object(), w -> -1).at(0)).isEqualTo(-1);
    }

    @Test
    void anEmptyTextHasNoWords() {
        var index = WordIndex.of("");
        assertThat(index.words()).isEmpty();
        assertThat(index.next(WordSet.of(Set.of("القوات")), 0)).isEqualTo(-1);
        assertThat(index.positionsOf(List.of("القوات"), true)).isEmpty();
    }
}
