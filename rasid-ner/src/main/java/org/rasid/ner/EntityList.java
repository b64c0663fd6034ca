package org.rasid.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The entity names of the training data (folded stems, clitics off), with how often each string was tagged each
 * type and how often it occurred without being tagged. Matched longest-first on a sentence's stems, it tells the
 * model "this string was a club / a person in the training news, in 9 of 10 mentions". Training uses lists built
 * without the sentence's own fold ({@link #jackknifed}), so the model learns how far the list can be trusted on
 * names it has not seen; tagging uses the list of all training data. The single words of the names are counted
 * too (كييف in دينامو كييف), for names the list has only in part. Stored as gzipped text
 * {@code N|W<TAB>name or word<TAB>PERS ORG LOC MISC untagged} counts, sorted.
 */
final class EntityList {
    static final int MAX_WORDS = 6;
    static final EntityList EMPTY = new EntityList(Map.of(), Map.of());
    private static final int UNTAGGED = Labels.TYPES.size();

    private final Map<String, int[]> counts; // name (stems joined by a space) -> per type, then untagged
    private final Map<String, int[]> words; // a word of a name -> how often inside a name of each type, then outside
    private final Map<String, String> wordMarks = new HashMap<>(); // computed once: tagging looks them up per token
    /** The names word by word, each with its marks with "B-" and "I-". */
    private final NameTrie<String[]> trie;

    EntityList(Map<String, int[]> counts, Map<String, int[]> words) {
        this.counts = counts;
        this.words = words;
        var nameMarks = new HashMap<String, String[]>();
        counts.forEach((name, c) -> nameMarks.put(name, new String[] {"B-" + label(c), "I-" + label(c)}));
        words.forEach((word, c) -> wordMarks.put(word, label(c)));
        var prefixes = new HashSet<String>(); // leading word sequences of names, so matching stops early
        for (String name : counts.keySet()) {
            for (int sp = name.indexOf(' '); sp > 0; sp = name.indexOf(' ', sp + 1)) {
                prefixes.add(name.substring(0, sp));
            }
        }
        trie = NameTrie.of(nameMarks, prefixes);
    }

    int size() {
        return counts.size();
    }

    /** The counts of a name (stems joined by a space), or null when it is not in the list. */
    int[] counts(String name) {
        return counts.get(name);
    }

    /**
     * Builds the list from sentences given as stems with their BIO tags: first the tagged names, then how often
     * each listed name occurs in the same sentences where the gold has no entity with exactly its span.
     */
    static EntityList build(List<String[]> stems, List<List<String>> tags) {
        var map = new HashMap<String, int[]>();
        var all = new HashMap<String, int[]>();
        for (int s = 0; s < stems.size(); s++) {
            String[] st = stems.get(s);
            int[] type = new int[st.length];
            java.util.Arrays.fill(type, UNTAGGED);
            for (int[] e : spans(tags.get(s))) {
                java.util.Arrays.fill(type, e[0], e[1], e[2]);
                if (e[1] - e[0] <= MAX_WORDS) {
                    map.computeIfAbsent(name(st, e[0], e[1]), k -> new int[UNTAGGED + 1])[e[2]]++;
                }
            }
            for (int i = 0; i < st.length; i++) {
                all.computeIfAbsent(st[i], k -> new int[UNTAGGED + 1])[type[i]]++;
            }
        }
        var words = new HashMap<String, int[]>();
        all.forEach((word, c) -> {
            if (c[UNTAGGED] < java.util.Arrays.stream(c).sum()) {
                words.put(word, c);
            }
        });
        var list = new EntityList(map, words);
        for (int s = 0; s < stems.size(); s++) { // the untagged counts: occurrences of listed names that the gold has not
            Set<Long> gold = new HashSet<>();
            for (int[] e : spans(tags.get(s))) {
                gold.add(((long) e[0] << 32) | e[1]);
            }
            for (int[] m : list.matches(stems.get(s), null)) {
                if (!gold.contains(((long) m[0] << 32) | m[1])) {
                    map.get(name(stems.get(s), m[0], m[1]))[UNTAGGED]++;
                }
            }
        }
        return new EntityList(map, words);
    }

    /**
     * For each of {@code folds} contiguous blocks of sentences (a block keeps a story's repeated names together),
     * the list built from all other blocks; {@code result[f]} serves the sentences of block {@link #fold}.
     */
    static EntityList[] jackknifed(List<String[]> stems, List<List<String>> tags, int folds) {
        var out = new EntityList[folds];
        int n = stems.size();
        for (int f = 0; f < folds; f++) {
            var s = new ArrayList<String[]>();
            var t = new ArrayList<List<String>>();
            for (int i = 0; i < n; i++) {
                if (fold(i, n, folds) != f) {
                    s.add(stems.get(i));
                    t.add(tags.get(i));
                }
            }
            out[f] = build(s, t);
        }
        return out;
    }

    /** The block of sentence {@code i} of {@code n}. */
    static int fold(int i, int n, int folds) {
        return (int) ((long) i * folds / n);
    }

    /** For each token that is a word of a listed name, its most frequent type and quarters of its share, e.g. "ORG2". */
    String[] markWords(String[] stems) {
        var out = new String[stems.length];
        for (int i = 0; i < stems.length; i++) {
            out[i] = markWord(stems[i]);
        }
        return out;
    }

    /** The mark of one word ({@link #markWords}), or null. */
    String markWord(String stem) {
        return wordMarks.get(stem);
    }

    /** Whether a listed name may start at this stem: it is a name, or the first word of one. */
    boolean mayStart(String stem) {
        return trie.starts(stem);
    }

    /** The most frequent type in {@code c} and how often it was tagged so, in quarters of all occurrences. */
    private static String label(int[] c) {
        int best = 0, total = 0;
        for (int t = 0; t < c.length; t++) {
            total += c[t];
            if (t < UNTAGGED && c[t] > c[best]) {
                best = t;
            }
        }
        return Labels.TYPES.get(best) + Math.min(3, 4 * c[best] / total);
    }

    /**
     * For each token, a mark when it starts ("B-") or continues ("I-") the longest listed name there: the name's
     * most frequent type and how often it was tagged so (quarters of all its occurrences), e.g. "B-ORG3"; else null.
     */
    String[] mark(String[] stems) {
        return mark(stems, null);
    }

    /** The same, where {@code mayStart[i]} (null: look up) is {@link #mayStart} of each stem, known beforehand. */
    String[] mark(String[] stems, boolean[] mayStart) {
        var out = new String[stems.length];
        for (int[] m : matches(stems, mayStart)) {
            String[] marks = trie.get(stems, m[0], m[1]);
            out[m[0]] = marks[0];
            for (int k = m[0] + 1; k < m[1]; k++) {
                out[k] = marks[1];
            }
        }
        return out;
    }

    /** Longest-first matches as {start, end}, left to right, not overlapping. */
    private List<int[]> matches(String[] stems, boolean[] mayStart) {
        var out = new ArrayList<int[]>();
        int i = 0;
        while (i < stems.length) {
            int matched = mayStart != null && !mayStart[i] ? 0 : trie.longest(stems, i, MAX_WORDS);
            if (matched == 0) {
                i++;
            } else {
                out.add(new int[] {i, i + matched});
                i += matched;
            }
        }
        return out;
    }

    /** Gold entities of BIO tags as {start, end, type index}. */
    static List<int[]> spans(List<String> tags) {
        var out = new ArrayList<int[]>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (!tag.startsWith("B-")) {
                continue;
            }
            int end = i + 1;
            while (end < tags.size() && tags.get(end).equals("I-" + tag.substring(2))) {
                end++;
            }
            out.add(new int[] {i, end, Labels.TYPES.indexOf(tag.substring(2))});
        }
        return out;
    }

    private static String name(String[] stems, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(stems).subList(from, to));
    }

    static EntityList read(InputStream in) throws IOException {
        var map = new HashMap<String, int[]>();
        var words = new HashMap<String, int[]>();
        try (var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                String[] c = f[2].split(" ");
                if (c.length != UNTAGGED + 1) {
                    throw new IllegalArgumentException("bad entity list line");
                }
                int[] counts = new int[c.length];
                for (int k = 0; k < c.length; k++) {
                    counts[k] = Integer.parseInt(c[k]);
                }
                switch (f[0]) {
                    case "N" -> map.put(f[1], counts);
                    case "W" -> words.put(f[1], counts);
                    default -> throw new IllegalArgumentException("bad entity list line");
                }
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("bad entity list line", e);
        }
        return new EntityList(map, words);
    }

    /** The lines of the stored form, sorted by name (so the file is reproducible). */
    List<String> lines() {
        var out = new ArrayList<String>();
        for (var kind : List.of(Map.entry("N", counts), Map.entry("W", words))) {
            new TreeMap<>(kind.getValue()).forEach((name, c) -> {
                var sb = new StringBuilder(kind.getKey()).append('\t').append(name).append('\t');
                for (int k = 0; k < c.length; k++) {
                    sb.append(k == 0 ? "" : " ").append(c[k]);
                }
                out.add(sb.toString());
            });
        }
        return out;
    }
}
