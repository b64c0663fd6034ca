package org.rasid.store.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rewrites a title word the way another article or a user would write it: with or without the article ال,
 * with a conjunction or preposition attached (و ب لل), with an attached pronoun (ة becoming ت before it), or
 * with the hamza of a leading alef added or dropped. The known-item test queries with these forms.
 */
final class WordVariants {
    private WordVariants() {
    }

    /** One variant, different from {@code word}, picked at random among those that apply. */
    static String pick(String word, Random random) {
        List<String> options = variants(word);
        return options.get(random.nextInt(options.size()));
    }

    static List<String> variants(String word) {
        var out = new ArrayList<String>();
        boolean definite = word.startsWith("ال") && word.length() > 4;
        String bare = definite ? word.substring(2) : word;
        if (definite) {
            out.add(bare);
            out.add("لل" + bare);
            out.add(hamza(bare));
        } else {
            out.add("ال" + word);
            out.add("بال" + word);
            out.add("وال" + hamza(word));
            out.add(withPronoun(word, "ها"));
            out.add(withPronoun(word, "ه"));
        }
        out.add("و" + word);
        out.add("ب" + word);
        out.removeIf(v -> v.equals(word));
        return out;
    }

    private static String withPronoun(String word, String pronoun) {
        return (word.endsWith("ة") ? word.substring(0, word.length() - 1) + "ت" : word) + pronoun;
    }

    /** Adds a hamza to a bare leading alef, or drops the one a leading alef has. */
    private static String hamza(String word) {
        if (word.isEmpty()) {
            return word;
        }
        return switch (word.charAt(0)) {
            case 'ا' -> "أ" + word.substring(1);
            case 'أ', 'إ', 'آ' -> "ا" + word.substring(1);
            default -> word;
        };
    }
}
