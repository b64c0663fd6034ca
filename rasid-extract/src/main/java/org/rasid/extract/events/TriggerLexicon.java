package org.rasid.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Resources;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * The event triggers of {@code events/triggers.tsv}, matched on words with their clitics stripped: the conjunctions
 * and prepositions before the word, and the subject or object endings of a verb after it (طردوا، هاجموها، يحاصرونها),
 * so the lexicon lists each verb once per stem and tense, not once per person.
 */
final class TriggerLexicon {
    /**
     * {@code weak}: a killing word (مقتل) is an event only where no other word of violence in its sentence tells it.
     * {@code cues}: when not empty, the trigger holds only where one of these words follows within {@link #CUE_REACH}
     * words of the head, in the same clause (نشر ... جنود: a deployment, not a publication).
     */
    record Entry(String type, String cameo, List<String> words, boolean weak, Set<String> cues) {
    }

    record Match(Entry entry, int start, int end) {
    }

    private static final List<String> CLITICS = List.of("وبال", "وال", "بال", "فال", "لل", "ال", "وب", "ول", "فب", "و", "ف", "ب", "ل");
    /** Subject endings of a verb (طردوا، هاجمت). */
    private static final List<String> SUBJECT = List.of("وا", "ون", "تا", "ت", "ا");
    /**
     * Object pronouns, alone or after a subject ending (هاجمها، حاصروها); only after a stem of four letters or more (not
     * counting a ت), as a short stem with a pronoun is mostly a noun (أسرته "his family", not أسرت "she captured").
     */
    private static final List<String> OBJECT = List.of("ونها", "ونهم", "تها", "تهم", "وها", "وهم", "هما", "ها", "هم", "ته", "ه");
    private static final int CUE_REACH = 4;
    /** The last letters of every ending above. */
    private static final String ENDING_LETTERS = "اتنهم";

    private final Map<String, List<Entry>> byFirst = new HashMap<>();
    /** Words that look like a trigger with an ending but are not one (احتجاجا على "in protest at": a motive). */
    private final Set<String> stops = new java.util.HashSet<>();
    private final TriggerHeads heads;

    TriggerLexicon() {
        for (String line : Resources.lines("events/triggers.tsv")) {
            String[] c = line.split("\t");
            if (c[0].equals("NONE")) {
                List.of(c[2].trim().split("\\s+")).forEach(w -> stops.add(Arabic.normalize(w)));
                continue;
            }
            for (String form : c[2].trim().split("\\s+")) {
                boolean weak = form.endsWith("?");
                String f = weak ? form.substring(0, form.length() - 1) : form;
                Set<String> cues = Set.of();
                int tilde = f.indexOf('~');
                if (tilde > 0) {
                    cues = Set.copyOf(List.of(Arabic.normalize(f.substring(tilde + 1)).split("\\|")));
                    f = f.substring(0, tilde);
                }
                var words = List.of(Arabic.normalize(f).split("_"));
                byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                        .add(new Entry(c[0], c[1].equals("-") ? null : c[1], words, weak, cues));
            }
        }
        // the longest form first, and of two equally long the one bound to a cue (هجوما لاستعادة before هجوما)
        byFirst.values().forEach(list -> list.sort(java.util.Comparator.comparingInt((Entry e) -> -e.words().size())
                .thenComparing(e -> e.cues().isEmpty())));
        int longestEnding = java.util.stream.Stream.concat(SUBJECT.stream(), OBJECT.stream()).mapToInt(String::length).max().orElse(0);
        heads = new TriggerHeads(byFirst.keySet(), CLITICS, longestEnding + 1); // + 1: a ت written back as ه
    }

    /** The longest trigger starting at word {@code i}, or null. */
    Match at(List<Word> words, int i) {
        Word w = words.get(i);
        if (w.norm().isEmpty() || !heads.mayStart(w.norm()) || stops.contains(w.bare())) {
            return null;
        }
        var forms = forms(w.norm());
        for (String f : forms) {
            Match m = match(words, i, f);
            if (m != null) {
                return m;
            }
        }
        char last = w.norm().charAt(w.norm().length() - 1);
        if (ENDING_LETTERS.indexOf(last) < 0) {
            return null; // no verb or pronoun ending: most words stop here
        }
        for (String f : forms) {
            for (String stem : withoutEnding(f, w.text().endsWith("ة"))) {
                Match m = match(words, i, stem);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The longest trigger whose head is {@code first}, starting at word {@code i}, or null. */
    private Match match(List<Word> words, int i, String first) {
        for (Entry e : byFirst.getOrDefault(first, List.of())) {
            if (rest(words, i, e.words())) {
                if (e.cues().isEmpty()) {
                    return new Match(e, i, i + e.words().size());
                }
                int cue = cue(words, i + e.words().size(), e.cues());
                if (cue > 0) {
                    return new Match(e, i, cue + 1);
                }
            }
        }
        return null;
    }

    /** A form without a verb or pronoun ending (not a ة read as the pronoun ه). */
    private static List<String> withoutEnding(String f, boolean taMarbuta) {
        var out = new ArrayList<String>(2);
        for (String end : SUBJECT) {
            if (f.endsWith(end) && f.length() - end.length() >= 3) {
                out.add(f.substring(0, f.length() - end.length()));
            }
        }
        for (String end : OBJECT) {
            if (!f.endsWith(end) || taMarbuta && end.endsWith("ه")) {
                continue;
            }
            String stem = f.substring(0, f.length() - end.length());
            if (stem.length() - (stem.endsWith("ت") ? 1 : 0) >= 4) {
                out.add(stem);
                if (stem.endsWith("ت")) {
                    out.add(stem.substring(0, stem.length() - 1) + "ه"); // زيارته: the ة written open before a pronoun
                }
            }
        }
        return out;
    }

    /** The index of the first cue word within reach after {@code from}, in the same clause, or -1. */
    private static int cue(List<Word> words, int from, Set<String> cues) {
        for (int k = from; k < Math.min(words.size(), from + CUE_REACH); k++) {
            if (Words.isClauseBreak(words.get(k))) {
                return -1;
            }
            for (String f : forms(words.get(k).norm())) {
                if (cues.contains(f) && !(f.equals("نحو") && !f.equals(words.get(k).norm()))) {
                    return k; // لنحو، بنحو: "about" a number, not "towards"
                }
            }
        }
        return -1;
    }

    private static boolean rest(List<Word> words, int i, List<String> form) {
        for (int k = 1; k < form.size(); k++) {
            if (i + k >= words.size() || Words.isPunct(words.get(i + k))) {
                return false;
            }
            String want = form.get(k);
            if (!hasForm(words.get(i + k).norm(), want)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code want} is one of {@link #forms} of {@code norm}, told without building them. */
    private static boolean hasForm(String norm, String want) {
        if (norm.equals(want)) {
            return true;
        }
        for (String c : CLITICS) {
            int rest = norm.length() - c.length();
            if (!norm.startsWith(c) || rest < 2) {
                continue;
            }
            if (want.length() == rest && want.regionMatches(0, norm, c.length(), rest)) {
                return true; // the word without the clitic
            }
            if ((c.endsWith("ال") || c.equals("لل")) && want.length() == rest + 2 && want.startsWith("ال")
                    && want.regionMatches(2, norm, c.length(), rest)) {
                return true; // and with ال put back
            }
        }
        return false;
    }

    /** The word as written and without each clitic prefix it may carry (والهجوم → هجوم). */
    static List<String> forms(String norm) {
        var out = new ArrayList<String>();
        out.add(norm);
        for (String c : CLITICS) {
            if (norm.startsWith(c) && norm.length() - c.length() >= 2) {
                out.add(norm.substring(c.length()));
                if (c.endsWith("ال") || c.equals("لل")) {
                    out.add("ال" + norm.substring(c.length()));
                }
            }
        }
        return out;
    }
}
