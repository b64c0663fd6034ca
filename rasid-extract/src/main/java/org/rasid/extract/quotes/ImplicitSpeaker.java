package org.rasid.extract.quotes;

import java.util.List;
import java.util.Set;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.actors.ActorIndex;
import org.rasid.extract.text.Word;

/**
 * The speaker of a verb that names none after it: the subject written before it (X، الخبير في ...، أكد أن), else
 * the one who spoke last, or, for a feminine verb after a man, the institution the sentence (or the one before)
 * opens with (هونت وزارة الخارجية ... وقالت إن).
 */
final class ImplicitSpeaker {
    /**
     * Words that open a sentence without being its subject (وعن حجم الجرائم قال، كما تابع، وكانت مصادر أعلنت), among
     * them the topic a dropped subject speaks about (وحول تفاصيل الدراسة، بين أنها; وفيما يتعلق بالمركز، أوضح أنه).
     */
    private static final Set<String> NOT_SUBJECT = Set.of("عن", "وعن", "في", "وفي", "من", "ومن", "كما", "وكما", "بعد", "وبعد",
            "قبل", "على", "وعلى", "الي", "والي", "لكن", "ولكن", "بينما", "حيث", "ثم", "اما", "واما", "بدوره", "وبدوره",
            "بدورها", "وبدورها", "جهته", "جهتها", "اذ", "فيما", "وفيما", "خلال", "وخلال", "ب", "مع", "ومع", "حول", "وحول",
            "بشان", "وبشان", "بخصوص", "وبخصوص", "ازاء", "وازاء", "تجاه", "وتجاه", "يتعلق", "يخص", "يتصل");
    /** Conjunctions that open a clause with its own subject (لكن طهران تقول، بينما الوزير أكد). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("لكن", "ولكن", "بينما", "وبينما", "فيما", "وفيما", "حيث", "اذ");
    private static final Set<String> AUXILIARIES = Set.of("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا", "قد", "وقد", "لقد");

    /** How far into a sentence its subject may be named (من جانبه، وصف وزير الإعلام الأردني الدكتور محمد المومني). */
    private static final int LEADING_WORDS = 12;

    private final ReportingLexicon lexicon;

    ImplicitSpeaker(ReportingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The speaker written before the verb at {@code v} at the start of the sentence, else the current one;
     * {@code previousWords} are the words of the sentence before (null for the first).
     */
    Speaker before(String text, List<Word> words, List<Word> previousWords, int v, Speakers speakers, ActorIndex actors) {
        Word verb = words.get(v);
        boolean conjoined = !verb.norm().equals(verb.bare());
        int from = clauseStart(words, v);
        while (from < v && AUXILIARIES.contains(words.get(from).norm())) {
            from++;
        }
        int to = v;
        while (to > from && AUXILIARIES.contains(words.get(to - 1).norm())) {
            to--; // كان لافروف قد أعلن
        }
        // inside a sentence only a short subject precedes its verb; an auxiliary may open it (وكان المتحدث ... أعلن)
        int longest = onlyAuxiliariesBefore(words, from) ? QuoteWords.MAX_SPEAKER_WORDS : 5;
        if (to > from && to - from <= longest && !conjoined && !NOT_SUBJECT.contains(words.get(from).norm())) {
            var phrase = SpeakerPhrase.parse(words.subList(from, to));
            boolean clean = words.subList(from, to).stream().noneMatch(w -> lexicon.lookup(w) != null || w.text().equals(":"));
            if (clean && !phrase.isEmpty()) {
                return speakers.resolve(phrase);
            }
        }
        Speaker current = speakers.current();
        if (current == null && (v > 0 || previousWords != null)) {
            // no one spoke yet: the verb goes on with the subject of its sentence (ودفع المتهم ببراءته، وقال إن), or of
            // the sentence before when it opens one (وصف الوزير محمد المومني الزيارة بالتاريخية. وقال إن)
            Actor subject = leadingPerson(v > 0 ? words.subList(clauseStart(words, v), v) : previousWords, actors);
            if (subject != null) {
                return speakers.person(subject);
            }
        }
        boolean person = current == null || current.id() != null && actors.byId(current.id()) != null
                && actors.byId(current.id()).type().equals("PERS");
        if (isFeminine(verb) && person) {
            // وقالت إن after "هونت وزارة الخارجية ...": a feminine verb goes back to an institution, not to a man
            Speaker lead = leadingInstitution(text, words, actors); // looked up only here: most verbs need none
            if (lead == null || lead.id() != null && current != null && lead.id().equals(current.id())) {
                lead = previousWords == null ? null : leadingInstitution(text, previousWords, actors);
            }
            if (lead != null) {
                return lead;
            }
        }
        return current;
    }

    /**
     * Who gave the speech a relative clause reports (ألقى قائد المخيم تكاياسو شيما كلمة أكد فيها، أصدرت وزارة الصحة
     * بيانا قالت فيه): the person or body named first among the {@code clause} words before the speech noun, not
     * after a preposition; null when none is.
     */
    Speaker giver(String text, List<Word> clause, Speakers speakers, ActorIndex actors) {
        for (int k = 0; k < clause.size(); k++) { // the giver may come late: وبدئ الحفل بـ ...، ثم ألقى X كلمة
            if (k > 0 && NOT_SUBJECT.contains(clause.get(k - 1).norm())) {
                continue;
            }
            Actor a = actorAt(clause, k, actors);
            if (a != null && !a.type().equals("LOC")) {
                return speakers.person(a);
            }
        }
        return clause.isEmpty() ? null : leadingInstitution(text, clause, actors);
    }

    /** Whether the words before {@code from} are auxiliaries only (none at the sentence start). */
    private static boolean onlyAuxiliariesBefore(List<Word> words, int from) {
        for (int k = 0; k < from; k++) {
            if (!AUXILIARIES.contains(words.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /** A past-tense reporting verb in the feminine (قالت، أضافت، أكدت), the form institutions and countries take. */
    static boolean isFeminine(Word verb) {
        String b = verb.bare();
        return b.length() > 3 && b.endsWith("ت") && !b.equals("لفت") && !b.startsWith("ت") || b.equals("تابعت");
    }

    /** The person named among the first words of a sentence, not after a preposition; null when none. */
    private static Actor leadingPerson(List<Word> words, ActorIndex actors) {
        for (int k = 0; k < Math.min(LEADING_WORDS, words.size()); k++) {
            if (k > 0 && NOT_SUBJECT.contains(words.get(k - 1).norm())) {
                continue;
            }
            Actor a = actorAt(words, k, actors);
            if (a != null && a.type().equals("PERS")) {
                return a;
            }
        }
        return null;
    }

    /**
     * The organization or country named among the first words of a sentence, not after a preposition: an actor, or
     * an institution written as a description (هونت وزارة الخارجية السودانية).
     */
    static Speaker leadingInstitution(String text, List<Word> words, ActorIndex actors) {
        for (int k = 0; k < Math.min(6, words.size()); k++) {
            if (k > 0 && (NOT_SUBJECT.contains(words.get(k - 1).norm()) || QuoteWords.isCallVerb(words.get(k - 1)))) {
                continue; // ودعت طهران إلى after a man spoke: the country called on, not the one calling
            }
            Actor a = actorAt(words, k, actors);
            if (a != null && (a.type().equals("ORG") || a.type().equals("LOC"))) {
                return new Speaker(a.id(), a.name(), null);
            }
            if (QuoteWords.isInstitution(words.get(k))) {
                int end = k + 1;
                while (end < words.size() && words.get(end).norm().startsWith("ال") && end - k < 4) {
                    end++;
                }
                return new Speaker(null, text.substring(words.get(k).start(), words.get(end - 1).end()), null);
            }
        }
        return null;
    }

    /** The actor whose longest mention starts at word {@code k}, within the words; null when none does. */
    private static Actor actorAt(List<Word> words, int k, ActorIndex actors) {
        Actor.Mention m = Mentions.longestAt(words.get(k), words.get(words.size() - 1).end(), actors);
        return m == null ? null : actors.within(m);
    }

    /**
     * Where the clause of the verb at {@code v} starts: after the last colon, complementizer or clause-opening
     * conjunction before it (وأضاف: الرئيس قال، رغم أن مصدرا كبيرا أكد، لكن طهران تقول), or at the sentence start.
     */
    private static int clauseStart(List<Word> words, int v) {
        for (int k = v - 1; k >= 0; k--) {
            Word w = words.get(k);
            if (w.text().equals(":") || (QuoteWords.isComplementizer(w) || CLAUSE_OPENERS.contains(w.norm())) && k + 1 < v) {
                return k + 1;
            }
        }
        return 0;
    }
}
