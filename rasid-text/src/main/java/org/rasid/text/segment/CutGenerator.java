package org.rasid.text.segment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Lists every cut of a word that the Farasa scheme's affix grammar allows: optional conjunction, optional
 * preposition, future particle or article, a stem of at least two letters, and up to two suffixes in an order
 * Arabic permits (ترشيح+ات+ها, شهد+ت+ها, يد+ي+ه).
 */
final class CutGenerator {
    private static final int MIN_STEM = 2;
    private static final Set<Affix> PRONOUNS = EnumSet.of(Affix.HU, Affix.HA, Affix.HUM, Affix.HUMA, Affix.HUNNA,
            Affix.KA_PRON, Affix.KUM, Affix.KUNNA, Affix.YA, Affix.NA);
    private static final List<List<Affix>> PREFIX_CHAINS = prefixChains();
    private static final List<List<Affix>> SUFFIX_CHAINS = suffixChains();

    private CutGenerator() {
    }

    static List<Cut> cuts(String w) {
        var cuts = new ArrayList<Cut>();
        cuts.add(new Cut(List.of(), 0, w.length(), List.of()));
        for (var pre : PREFIX_CHAINS) {
            int start = matchPrefix(w, pre);
            if (start < 0) {
                continue;
            }
            for (var suf : SUFFIX_CHAINS) {
                int end = w.length() - surfaceLength(suf);
                if (!stemFits(w, start, end, suf) || (pre.isEmpty() && suf.isEmpty()) || !endsWith(w, suf, end)) {
                    continue;
                }
                cuts.add(new Cut(pre, start, end, suf));
            }
        }
        return cuts;
    }

    /** Stems have two letters or more, except the prepositions ب ل ك carrying a pronoun (ل+ه, ب+ها). */
    private static boolean stemFits(String w, int start, int end, List<Affix> suf) {
        if (end - start >= MIN_STEM) {
            return true;
        }
        return end - start == 1 && suf.size() == 1 && suf.get(0).isPronoun() && "بلك".indexOf(w.charAt(start)) >= 0;
    }

    private static int matchPrefix(String w, List<Affix> chain) {
        int at = 0;
        for (Affix a : chain) {
            if (!w.startsWith(a.surface, at)) {
                return -1;
            }
            at += a.surface.length();
        }
        // an elided article leaves the stem's own ل right after the preposition ل
        if (!chain.isEmpty() && chain.get(chain.size() - 1) == Affix.AL_ELIDED && !w.startsWith("ل", at)) {
            return -1;
        }
        return at;
    }

    private static boolean endsWith(String w, List<Affix> chain, int at) {
        for (Affix a : chain) {
            if (!w.startsWith(a.surface, at)) {
                return false;
            }
            at += a.surface.length();
        }
        return true;
    }

    private static int surfaceLength(List<Affix> chain) {
        int n = 0;
        for (Affix a : chain) {
            n += a.surface.length();
        }
        return n;
    }

    private static List<List<Affix>> prefixChains() {
        List<List<Affix>> middles = List.of(List.of(), List.of(Affix.BI), List.of(Affix.KA), List.of(Affix.LI),
                List.of(Affix.SA), List.of(Affix.AL), List.of(Affix.BI, Affix.AL), List.of(Affix.KA, Affix.AL),
                List.of(Affix.LI, Affix.AL_AFTER_LI), List.of(Affix.LI, Affix.AL_ELIDED));
        var chains = new ArrayList<List<Affix>>();
        for (Affix conj : new Affix[] {null, Affix.WA, Affix.FA}) {
            for (var middle : middles) {
                var chain = new ArrayList<Affix>();
                if (conj != null) {
                    chain.add(conj);
                }
                chain.addAll(middle);
                chains.add(List.copyOf(chain));
            }
        }
        return chains;
    }

    private static List<List<Affix>> suffixChains() {
        var firsts = EnumSet.range(Affix.TA_MARBUTA, Affix.KUNNA);
        var chains = new ArrayList<List<Affix>>();
        chains.add(List.of());
        for (Affix first : firsts) {
            chains.add(List.of(first));
            for (Affix second : followers(first)) {
                chains.add(List.of(first, second));
            }
        }
        return chains;
    }

    /** What may follow a suffix: the pronouns after ة-as-ت, plurals, duals and verb subjects; nothing after a pronoun. */
    private static Set<Affix> followers(Affix first) {
        return switch (first) {
            case TA -> union(PRONOUNS, EnumSet.of(Affix.IN, Affix.AN));
            case AT, YA, UN, ALIF, NA -> EnumSet.copyOf(PRONOUNS);
            default -> EnumSet.noneOf(Affix.class);
        };
    }

    private static Set<Affix> union(Set<Affix> a, Set<Affix> b) {
        var u = EnumSet.copyOf(a);
        u.addAll(b);
        return u;
    }
}
