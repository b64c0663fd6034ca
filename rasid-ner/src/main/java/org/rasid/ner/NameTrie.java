package org.rasid.ner;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names of one or more words (words joined by a space) as a tree of words, so that matching them on a sentence's
 * stems looks each word up instead of building the joined string at every step. A walk gives what looking up the
 * joined words would: the value of every name on the way, and it goes on only through the leading word sequences
 * of longer names ({@code prefixes}).
 */
final class NameTrie<V> {
    private final Map<String, NameTrie<V>> next = new HashMap<>();
    private V value;
    private boolean more;

    /** The tree of {@code names} (joined words to value) and their {@code prefixes} (joined leading words). */
    static <V> NameTrie<V> of(Map<String, V> names, Set<String> prefixes) {
        var root = new NameTrie<V>();
        names.forEach((name, v) -> root.node(name).value = v);
        prefixes.forEach(p -> root.node(p).more = true);
        return root;
    }

    private NameTrie<V> node(String joined) {
        NameTrie<V> n = this;
        for (String word : joined.split(" ", -1)) {
            n = n.next.computeIfAbsent(word, k -> new NameTrie<>());
        }
        return n;
    }

    /** Whether a name starts with this word (it is one, or the first word of one). */
    boolean starts(String word) {
        return next.containsKey(word);
    }

    /** The longest name of at most {@code max} words starting at {@code words[from]}: its length, 0 if none. */
    int longest(String[] words, int from, int max) {
        NameTrie<V> n = this;
        int matched = 0;
        for (int k = 0; k < max && from + k < words.length; k++) {
            n = n.next.get(words[from + k]);
            if (n == null) {
                break;
            }
            if (n.value != null) {
                matched = k + 1;
            }
            if (!n.more) {
                break;
            }
        }
        return matched;
    }

    /** The value of the name of words {@code [from, to)}, or null. */
    V get(String[] words, int from, int to) {
        NameTrie<V> n = this;
        for (int k = from; k < to && n != null; k++) {
            n = n.next.get(words[k]);
        }
        return n == null ? null : n.value;
    }
}
