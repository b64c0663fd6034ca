package org.rasid.extract.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.rasid.extract.text.HashSieve;

/**
 * A quick "no" for the words that cannot start a trigger, answered from hashes without building a string.
 * {@link TriggerLexicon} tries every word under several forms (clitics off, ال put back, a verb or pronoun ending
 * off, a ت written back as ه), building each one, while almost no word starts a trigger. Each of those forms is a
 * piece of the word after a clitic, with at most ال before it and ه after it, ending at most a few letters before
 * the word's end; so a word none of whose such pieces is a head's core (the head without ال and final ه) starts no
 * trigger. The test is a superset of the lexicon's own: a word it passes is looked up as before.
 */
final class TriggerHeads {
    /** Arabic letters have a slot each, any other character shares the last. */
    private static final int PAIRS = '\u064A' - '\u0621' + 2;

    private final HashSieve cores;
    /** The first two letters of each core, a bit per pair: most places in a word start none, told from 240 bytes. */
    private final long[] starts = new long[(PAIRS * PAIRS + 63) / 64];
    /** The clitics by the slot of their first letter: a word is tried only with those it may start with. */
    private final String[][] cliticsByFirst = new String[PAIRS][];
    private final int maxCut;
    private final int minCore;

    /**
     * @param heads   the first words of the triggers
     * @param clitics the prefixes the lexicon strips
     * @param maxCut  the most letters the lexicon strips from a word's end (its longest ending and a ت)
     */
    TriggerHeads(Collection<String> heads, List<String> clitics, int maxCut) {
        var all = new ArrayList<String>();
        for (String h : heads) {
            String noArticle = h.startsWith("ال") ? h.substring(2) : h;
            for (String core : List.of(h, noArticle)) {
                all.add(core);
                if (core.endsWith("ه")) {
                    all.add(core.substring(0, core.length() - 1));
                }
            }
        }
        // 4 times the usual bits: a word is tested at several places, each a chance of a false "maybe"
        var sieve = new HashSieve(all.size() * 4);
        all.forEach(sieve::add);
        this.cores = sieve;
        all.forEach(core -> {
            if (core.length() >= 2) {
                int pair = pair(core, 0);
                starts[pair >>> 6] |= 1L << pair;
            }
        });
        for (int s = 0; s < PAIRS; s++) {
            int slot = s;
            cliticsByFirst[s] = clitics.stream().filter(c -> slot(c.charAt(0)) == slot).toArray(String[]::new);
        }
        this.maxCut = maxCut;
        this.minCore = all.stream().mapToInt(String::length).min().orElse(1);
    }

    private static int slot(char c) {
        return c >= '\u0621' && c <= '\u064A' ? c - '\u0621' : PAIRS - 1;
    }

    private static int pair(String s, int i) {
        return slot(s.charAt(i)) * PAIRS + slot(s.charAt(i + 1));
    }

    /** False when no form the lexicon makes of {@code norm} can be a trigger's head. */
    boolean mayStart(String norm) {
        if (norm.isEmpty()) {
            return false;
        }
        if (mayStartAt(norm, 0)) {
            return true;
        }
        for (String c : cliticsByFirst[slot(norm.charAt(0))]) {
            if (norm.startsWith(c) && mayStartAt(norm, c.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a piece of {@code norm} from {@code from} to near its end may be a core. */
    private boolean mayStartAt(String norm, int from) {
        if (minCore >= 2) {
            if (norm.length() - from < 2) {
                return false;
            }
            int pair = pair(norm, from);
            if ((starts[pair >>> 6] & 1L << pair) == 0) {
                return false;
            }
        }
        int firstEnd = Math.max(from + minCore, norm.length() - maxCut);
        int h = 0;
        for (int i = from; i < norm.length(); i++) {
            h = 31 * h + norm.charAt(i); // String.hashCode of norm[from, i + 1)
            if (i + 1 >= firstEnd && cores.mayContainHash(h)) {
                return true;
            }
        }
        return false;
    }
}
