package org.rasid.ner;

import java.util.List;

/**
 * How raw news introduces a word: the class of the title or trigger word ({@link Triggers}) that most often comes
 * one or two words before it (الرئيس X, نادي X, مدينة X), with the share of its occurrences, in steps. A name never
 * seen in the labelled data, but introduced in raw news by نادي or شركة, gets a hint of its type.
 */
final class TriggerContext {
    /** No trigger evidence (or fewer than {@link #MIN_HITS} occurrences after one class). */
    static final String NONE = "-";
    private static final int MIN_HITS = 3;
    private static final List<String> CLASSES = List.of("PERS", "ORG", "LOC");

    private TriggerContext() {
    }

    /**
     * The profile of each vocabulary stem. {@code stream} holds form ids, {@code stemOf} maps them to stem ids,
     * {@code stems} names those, {@code vocabIndex} maps stem ids to vocabulary indices (-1: not in it).
     */
    static String[] profiles(int[] stream, int[] stemOf, List<String> stems, int[] vocabIndex, int v) {
        int[] triggerClass = new int[stems.size()];
        for (int s = 0; s < stems.size(); s++) {
            String c = Triggers.of(stems.get(s));
            triggerClass[s] = c == null ? -1 : CLASSES.indexOf(c);
        }
        int[][] counts = new int[v][1 + CLASSES.size()]; // occurrences, then occurrences after each class
        for (int i = 0; i < stream.length; i++) {
            int t = vocabIndex[stemOf[stream[i]]];
            if (t < 0) {
                continue;
            }
            counts[t][0]++;
            int c = i > 0 ? triggerClass[stemOf[stream[i - 1]]] : -1;
            if (c < 0 && i > 1) {
                c = triggerClass[stemOf[stream[i - 2]]];
            }
            if (c >= 0) {
                counts[t][1 + c]++;
            }
        }
        String[] out = new String[v];
        for (int t = 0; t < v; t++) {
            out[t] = profile(counts[t]);
        }
        return out;
    }

    /** E.g. "ORG2": after ORG triggers more than after the others, in 20-50% of the occurrences. */
    static String profile(int[] counts) {
        int best = 0;
        for (int c = 2; c < counts.length; c++) {
            if (counts[c] > counts[1 + best]) {
                best = c - 1;
            }
        }
        int hits = counts[1 + best];
        if (hits < MIN_HITS) {
            return NONE;
        }
        double share = (double) hits / counts[0];
        int step = share >= 0.5 ? 3 : share >= 0.2 ? 2 : share >= 0.05 ? 1 : 0;
        return CLASSES.get(best) + step;
    }
}
