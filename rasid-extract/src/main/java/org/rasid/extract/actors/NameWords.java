package org.rasid.extract.actors;

import java.util.HashSet;
import java.util.Set;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Resources;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.WordIndex;
import org.rasid.extract.text.WordSet;
import org.rasid.extract.text.Words;

/**
 * What the name rules need to know about a word: whether it is a reporting verb (from the quotes lexicon), a
 * comma, or a word that could be part of a name (not a function word, verb of saying, definite noun or known
 * actor's name).
 */
final class NameWords {
    /** Particles, pronouns and time words that follow or precede names without being part of them. */
    private static final Set<String> FUNCTION_WORDS = Set.of("في", "من", "علي", "الي", "عن", "ان",
            "قد", "لا", "ما", "لم", "لن", "هو", "هي", "هم", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "امس", "غدا", "ثم", "او", "بل", "حتي", "مع", "عند", "بعد", "قبل", "منذ",
            "كما", "كان", "كانت", "ايضا", "يوم", "خلال", "لدي", "بين", "حيث", "انه", "انها", "اليه", "عليه", "فيه",
            "منه", "له", "لها", "به", "بها", "نحو", "حول", "ضد", "عبر", "لكن", "اذا", "اذ", "كل", "بعض", "غير",
            "سوي", "مساء", "صباح", "ظهر", "فقط", "دوره", "دورها", "نفسه", "نفسها", "ذاته", "ذاتها", "انهم");
    private static final String CLITICS = "وفبلك";
    /**
     * Function words that also come with a clitic before a comma (بذلك، بأنه، بنفسه); not أن, so that بان (written
     * like بأن) can still be a name before a comma, where بأن never stands.
     */
    private static final Set<String> AFTER_CLITIC = Set.of("ذلك", "هذا", "هذه", "تلك", "نفسه", "نفسها", "دوره", "دورها",
            "ذاته", "ذاتها", "انه", "انها", "انهم", "ه", "ها", "هم");

    private final WordSet reporting;
    /** Words that head a title (الخبير، المتحدث، الرئيس), from the roles lexicon. */
    private final WordSet titleHeads = WordSet.of(Resources.wordSet("roles/heads.txt"));
    private final ActorRegistry registry;

    NameWords(ActorRegistry registry) {
        this.registry = registry;
        var reporting = new HashSet<String>();
        for (String line : Resources.lines("quotes/reporting.tsv")) {
            String[] cols = line.split("\t");
            if (cols[0].equals("verb") || cols[0].equals("participle")) {
                for (String form : cols[2].trim().split("\\s+")) {
                    reporting.add(Arabic.normalize(form));
                }
            }
        }
        this.reporting = WordSet.of(reporting);
    }

    boolean titleHead(Word w) {
        return titleHeads.contains(w.norm());
    }

    /** The first word at or after {@code from} that {@link #titleHead} holds for, or -1. */
    int nextTitleHead(WordIndex index, int from) {
        return index.next(titleHeads, from);
    }

    boolean reportingVerb(Word w) {
        return reporting.contains(w.norm()) || w.stripped() && reporting.contains(w.bare());
    }

    /** A comma or a reporting verb after a name: it is a speaker or has an apposition (أحمد بان، الباحث / قال). */
    boolean closesName(Word w) {
        return Words.isComma(w) || reportingVerb(w);
    }

    /**
     * Whether a word may be the unknown part of a person's name: Arabic letters only, three or more, without the
     * article or a leading و, and none of the words that stand next to names without belonging to them.
     */
    boolean mayBeName(Word w) {
        String n = w.norm();
        if (n.length() < 3 || n.startsWith("ال") || n.startsWith("و") || Words.isPunct(w)) {
            return false;
        }
        for (int i = 0; i < w.text().length(); i++) {
            char c = w.text().charAt(i);
            if (!Arabic.isArabicLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        boolean function = FUNCTION_WORDS.contains(n) || CLITICS.indexOf(n.charAt(0)) >= 0 && AFTER_CLITIC.contains(n.substring(1));
        return !function && !reportingVerb(w) && knownActor(w) == null;
    }

    /** The registry actor this word names on its own, or null. */
    KnownActor knownActor(Word w) {
        String key = Names.key(w.text());
        return key.isEmpty() ? null : registry.find(key);
    }
}
