package org.rasid.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.WordSet;
import org.rasid.extract.text.Words;

/** The closed word classes the quote rules share: complementizers, the words that end a speaker's name, institutions. */
final class QuoteWords {
    static final Pattern COMPLEMENTIZER = Pattern.compile("(ب?[أإ]ن|ان)(ه|ها|هم|هما|هن|ني|نا|ك)?");
    static final Pattern QUOTE_EDGES = Pattern.compile("^[«\"“]|[»\"”]$");
    static final WordSet NEGATIONS = WordSet.of(Set.of("لم", "لا", "لن", "ما", "ولم", "ولا", "ليس")); // asked of every word
    static final WordSet CUTS = WordSet.of(Set.of("في", "خلال", "اثناء", "عقب", "لدي", "عبر", "امس", "اليوم", "يوم",
            "مساء", "صباح", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "بعد", "قبل", "حول",
            "ردا", "امام", "من", "مع", "ان", "بان", "انه", "انها", "حين", "عندما", "الذي", "التي", "الذين", "والذي", "والتي", "وهو", "وهي",
            "حيث", "بينما", "كما", "اثر", "ضمن", "دون", "بدون", "عند", "ايضا"));
    /** على and إلى written with alef maksura; folded they would equal the names علي and إلي. */
    static final Set<String> CUTS_AS_WRITTEN = Set.of("على", "إلى", "الى");
    private static final int AS_WRITTEN_LETTERS = 3;
    /** Heads of institutions written as descriptions, as match keys (هيئة → هييه); a feminine verb can refer back to them. */
    static final Set<String> INSTITUTIONS = Set.of("وزاره", "الوزاره", "الحكومه", "حكومه", "هييه", "الهييه",
            "منظمه", "المنظمه", "الشركه", "شركه", "السلطات", "الرئاسه", "السفاره", "القياده", "الشرطه", "الخارجيه",
            "الداخليه", "اداره", "اللجنه", "لجنه");
    static final int MAX_SPEAKER_WORDS = 16;
    /** Relative pronouns, as match keys. */
    static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي",
            "اللواتي");
    /**
     * Unnamed sources, indefinite, as match keys: a person named after them describes them (مصادر في المقاومة الموالية
     * للرئيس عبد ربه منصور هادي), the source speaks.
     */
    private static final Set<String> UNNAMED_SOURCES = Set.of("مصدر", "مصادر", "مسوول", "مسوولون", "مسوولين", "شهود",
            "سكان", "ناشطون", "ناشطين", "مقربون", "مقربين");
    /** The words that open a concessive clause with أن (مع أن، رغم أن، بالرغم من أن، على الرغم من أن). */
    private static final Set<String> CONCESSIONS = Set.of("مع", "رغم", "برغم", "بالرغم", "الرغم");
    /** Verbs of calling on someone (دعا X إلى): the noun right after them may be whom they call on, not who calls. */
    private static final Set<String> CALL_VERBS = Set.of("دعا", "دعت", "حث", "حثت", "ناشد", "ناشدت");

    /** Pronouns of dignity as subjects (وقال سموه، وأكد معاليه), match keys: they stand for the dignitary named before. */
    private static final Set<String> HONORIFIC_PRONOUNS = Set.of("سموه", "سموها", "معاليه", "معاليها", "سعادته", "سعادتها",
            "فضيلته", "سماحته", "فخامته", "جلالته");

    private QuoteWords() {
    }

    static boolean isUnnamedSource(Word w) {
        return UNNAMED_SOURCES.contains(w.bare());
    }

    /** Whether {@code w} ends a speaker's name: a preposition, a time word, a relative pronoun, a conjunction, أيضا. */
    static boolean isCut(Word w) {
        // the key has as many letters as the word without marks (see isComplementizer): only a word of three is
        // stripped and looked up as written
        return CUTS.contains(w.norm()) || w.norm().length() == AS_WRITTEN_LETTERS && CUTS_AS_WRITTEN.contains(stripMarks(w.text()));
    }

    static boolean isComplementizer(Word w) {
        // the key has the letters of the word without marks (stripMarks drops the marks normalize drops), so its
        // length tells most words from a complementizer without stripping them
        int letters = w.norm().length();
        return letters >= MIN_COMPLEMENTIZER && letters <= MAX_COMPLEMENTIZER && isComplementizer(stripMarks(w.text()));
    }

    /** The shortest and longest strings {@link #COMPLEMENTIZER} matches: أن, بأنهما. */
    private static final int MIN_COMPLEMENTIZER = 2, MAX_COMPLEMENTIZER = 6;

    /**
     * Whether a word as {@link #stripMarks} gives it is a complementizer. It runs for words after every reporting
     * verb: most have another length or no ن, which the pattern needs, and are told without a matcher.
     */
    static boolean isComplementizer(String stripped) {
        return stripped.length() >= MIN_COMPLEMENTIZER && stripped.length() <= MAX_COMPLEMENTIZER
                && stripped.indexOf('ن') >= 0 && COMPLEMENTIZER.matcher(stripped).matches();
    }

    /**
     * Whether the word at {@code i} stands in a concessive clause (مع أن البعض منهم قال، رغم أن الوزير أكد): its
     * speaker is not the one the sentence is about, and a comma ends such a clause first.
     */
    static boolean inConcession(List<Word> words, int i) {
        for (int k = i - 1; k > 0; k--) {
            Word w = words.get(k);
            if (Words.isComma(w)) {
                return false;
            }
            if (w.norm().equals("ان")) {
                Word before = words.get(k - 1);
                Word opener = before.norm().equals("من") && k > 1 ? words.get(k - 2) : before;
                if (CONCESSIONS.contains(opener.bare())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the speaker words are a lone pronoun of dignity (سموه). */
    static boolean isHonorificPronoun(SpeakerPhrase phrase) {
        return phrase.role().isEmpty() && phrase.name().size() == 1 && isHonorificPronoun(phrase.name().get(0));
    }

    /** Whether {@code w} is a pronoun of dignity (سموه، معاليه). */
    static boolean isHonorificPronoun(Word w) {
        return HONORIFIC_PRONOUNS.contains(w.norm());
    }

    static boolean isCallVerb(Word w) {
        return CALL_VERBS.contains(w.bare());
    }

    static boolean isInstitution(Word w) {
        return INSTITUTIONS.contains(w.norm()) || INSTITUTIONS.contains(w.bare());
    }

    /** Drops the ل of "لـ X" / "لوسائل" so the source reads as written without it. */
    static List<Word> stripPreposition(List<Word> np) {
        Word first = np.get(0);
        if (first.norm().equals("ل")) {
            return np.subList(1, np.size());
        }
        if (first.norm().startsWith("ل") && first.norm().length() > 3) {
            var copy = new ArrayList<>(np);
            copy.set(0, new Word(first.start() + 1, first.end(), first.text().substring(1), first.norm().substring(1)));
            return copy;
        }
        return np;
    }

    /** The word without diacritics and tatweel, in plain letters (not presentation forms), hamza forms kept (أن and إن are told apart from the name بان). */
    static String stripMarks(String s) {
        int same = 0;
        while (same < s.length() && !isMark(s.charAt(same)) && Arabic.letter(s.charAt(same)) == s.charAt(same)) {
            same++;
        }
        if (same == s.length()) {
            return s; // most words have neither marks nor presentation forms: no copy
        }
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isMark(c)) {
                sb.append(Arabic.letter(c));
            }
        }
        return sb.toString();
    }

    /** Diacritics, dagger alef and tatweel. */
    private static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
    }
}
