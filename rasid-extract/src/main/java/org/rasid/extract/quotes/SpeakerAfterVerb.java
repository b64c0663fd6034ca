package org.rasid.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.actors.ActorIndex;
import org.rasid.extract.roles.RoleGrammar;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * The words naming the speaker after a reporting verb (قال وزير المالية الكويتي سالم العنزي في مؤتمر صحفي إن):
 * where they start and end, and the name and title they give, through quoted names, affiliations and media.
 */
final class SpeakerAfterVerb {
    /** A preposition with a pronoun right after the verb (قال لها، قال فيها): the addressee or the occasion. */
    private static final Set<String> PRONOUN_OBJECTS = Set.of("له", "لها", "لهم", "لنا", "لي", "فيه", "فيها", "عليه",
            "عليها", "عنه", "عنها", "منه", "منها", "معه", "معها");
    /** The prepositions of an affiliation or posting inside a title (الخبير في، المبعوث إلى، السفير لدى), as match keys. */
    private static final Set<String> AFFILIATIONS = Set.of("في", "الي", "لدي");
    /** Nouns of necessity and stance that open a verb's content without أن before them (أكد الوزير ضرورة ...), match keys. */
    private static final Set<String> NOUN_CONTENT = Set.of("ضروره", "اهميه", "حرص", "رفض", "استعداد", "عزم", "دعم",
            "التزام", "تمسك", "ترحيب", "تضامن", "حاجه");
    /** Adverbs of time and channel that may stand between a verb and its content (صرح مؤخرا بأن), match keys. */
    private static final Set<String> ADVERBS = Set.of("موخرا", "سابقا", "لاحقا", "مجددا", "حاليا", "اخيرا", "رسميا",
            "علنا", "شخصيا", "هاتفيا", "صحفيا", "تلفزيونيا");
    /** The object of لفت in لفت الانتباه/النظر إلى أن (drew attention to): it stands where the subject would, match keys. */
    private static final Set<String> ATTENTION = Set.of("الانتباه", "النظر", "الانظار");
    /** The responsibility a group claims (أعلنت الحركة مسؤوليتها عن), match keys: the object, never the speaker. */
    private static final Set<String> RESPONSIBILITY = Set.of("مسووليته", "مسووليتها", "مسووليتهم");
    private static final Set<String> TIME_NOUNS = Set.of("العام", "الشهر", "الاسبوع");
    private static final Set<String> TIME_QUALIFIERS = Set.of("الماضي", "المقبل", "الحالي", "الجاري", "المنصرم");

    private final ReportingLexicon lexicon;

    SpeakerAfterVerb(ReportingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether {@code w} is a noun of necessity or stance, which opens a content without أن (ضرورة، أهمية). */
    static boolean isNounContent(Word w) {
        return NOUN_CONTENT.contains(w.norm());
    }

    /** Where the speaker words may start after the verb at {@code v}. */
    static int start(List<Word> words, int v) {
        int j = v + 1;
        if (j < words.size() && (PRONOUN_OBJECTS.contains(words.get(j).norm()) || RESPONSIBILITY.contains(words.get(j).norm()))) {
            j++; // قال لها إن، قال فيها إن: whom or where it was said, not who said it; أعلنت مسؤوليتها عن: what was claimed
        }
        return j;
    }

    /** Where the speaker words starting at {@code j} end: at the content, a medium, a time phrase or another cue. */
    int end(List<Word> words, int j, String prep, ActorIndex actors) {
        int npEnd = quotedName(words, j);
        while (npEnd < words.size() && npEnd - j < QuoteWords.MAX_SPEAKER_WORDS) {
            int role = outletCut(words, npEnd, RoleGrammar.roleLength(words, npEnd));
            if (role > 0) {
                npEnd += role;
                continue;
            }
            Word w = words.get(npEnd);
            int close = Words.isQuoteMark(w) && npEnd > j ? ContentStart.skipQuoted(words, npEnd) : npEnd;
            if (close > npEnd + 1 && close - npEnd <= 5 && close + 1 < words.size()
                    && (!Words.isPunct(words.get(close + 1)) && !ContentStart.isComplementStart(words.get(close + 1), prep)
                    || Media.isOutletNoun(words.get(npEnd - 1)))) {
                // الخبير في مركز "الأفق" نادر الفارس: a quoted name inside the title; قالت صحيفة "الغارديان" إن: the
                // outlet's name
                npEnd = close + 1;
                continue;
            }
            if (npEnd > j && RESPONSIBILITY.contains(w.norm())) {
                break; // أعلن الحزب مسؤوليته عن: the claim follows its claimant
            }
            if (npEnd > j && NOUN_CONTENT.contains(w.norm()) && (endsPerson(words.get(npEnd - 1), actors)
                    || npEnd > j + 1 && Words.isComma(words.get(npEnd - 1)) && endsPerson(words.get(npEnd - 2), actors))) {
                break; // أكد شكري ضرورة أن، أكد الوكيل الدكتور صالح العواجي، أهمية: a noun of stance after the name opens the content
            }
            boolean cut = (ContentStart.isComplementStart(w, prep) && !isTitleBeforeName(words, npEnd, prep, actors)
                    || QuoteWords.isCut(w)) && !startsLongerName(w, actors); // بان كي مون is a name, not بأن
            if (cut || Words.isQuoteMark(w) || w.text().equals(":")
                    || Media.isMediumStart(words, npEnd) && !(npEnd == j && Media.OUTLET_NOUNS.contains(w.norm())) // قالت صحيفة X
                    || lexicon.lookup(w) != null || w.text().equals(".") || isAddressee(w, words, j, npEnd, actors)
                    || isTimePhrase(words, npEnd)) {
                break;
            }
            npEnd++;
        }
        while (npEnd - j >= QuoteWords.MAX_SPEAKER_WORDS && npEnd < words.size() && inPerson(words.get(npEnd), actors)) {
            npEnd++; // a long chain of titles, then the name (مدير فرع الهيئة ... أمين مجلس ... المهندس عبداللطيف بن محمد البنيان)
        }
        return npEnd;
    }

    /**
     * Whether the ب-word at {@code k} still belongs to a title because a person's name follows it and the verb's own
     * ب-content comes after that name (أشاد مدير الكرة بالفريق الأول بالنادي وليد الغنيم بمعسكر الفريق).
     */
    private static boolean isTitleBeforeName(List<Word> words, int k, String prep, ActorIndex actors) {
        if (!ContentStart.allows(prep, "ب") || !words.get(k).norm().startsWith("بال")) {
            return false;
        }
        for (int m = k + 1; m < words.size() && m <= k + 8 && !Words.isPunct(words.get(m)); m++) {
            if (inPerson(words.get(m), actors)) {
                int after = m;
                while (after < words.size() && inPerson(words.get(after), actors)) {
                    after++;
                }
                return after < words.size() && ContentStart.isPreposition(words.get(after), "ب");
            }
        }
        return false;
    }

    /** A role's length up to the outlet it was told to (مسؤول في الإدارة الأمريكية للصحيفة): that opens the medium. */
    private static int outletCut(List<Word> words, int from, int role) {
        for (int k = from + 1; k < from + role; k++) {
            if (Media.isOutletAfterLam(words.get(k).norm())) {
                return k - from;
            }
        }
        return role;
    }


    /** Whether {@code w} is the first word of a person's name of two words or more. */
    private static boolean startsLongerName(Word w, ActorIndex actors) {
        return personMention(w, actors, m -> m.start() == w.start() && m.end() > w.end());
    }

    /** Whether {@code w} lies inside a mention of a person. */
    private static boolean inPerson(Word w, ActorIndex actors) {
        return personMention(w, actors, m -> m.start() <= w.start() && w.end() <= m.end());
    }

    /** Whether {@code w} is the last word of a mention of a person. */
    private static boolean endsPerson(Word w, ActorIndex actors) {
        return personMention(w, actors, m -> m.end() == w.end());
    }

    /** Whether a person's mention near {@code w} (names are shorter than 80 characters) is one {@code where} accepts. */
    private static boolean personMention(Word w, ActorIndex actors, java.util.function.Predicate<Actor.Mention> where) {
        return actors.allWithin(new Actor.Mention(Math.max(0, w.start() - 80), w.end() + 80)).stream()
                .anyMatch(a -> a.type().equals("PERS") && a.mentions().stream().anyMatch(where));
    }

    /**
     * The name and title the words {@code [j, npEnd)} give, with a name written after a medium or in quotation marks
     * before the content at {@code content}; empty when they name no one (قال بصراحة إن).
     */
    static SpeakerPhrase phrase(List<Word> words, int j, int npEnd, int content, ActorIndex actors) {
        var np = words.subList(j, Math.min(npEnd, content));
        var phrase = withNamedPerson(SpeakerPhrase.parse(np), np, actors);
        var after = afterMedium(words, npEnd, content);
        if (!after.isEmpty() && (phrase.isEmpty() || phrase.name().isEmpty() && isQuoted(words, after)
                || Mentions.namesSomeone(after, actors))) {
            // a name after the medium (أوضحت لـ"الاقتصادية" تيسير المفرج), not a clause (لـ«رويترز» طلب عدم نشر اسمه)
            var more = SpeakerPhrase.parse(after);
            phrase = new SpeakerPhrase(phrase.name().isEmpty() ? more.name() : phrase.name(),
                    phrase.role().isEmpty() ? more.role() : phrase.role());
        }
        boolean namedOutlet = np.size() > 2 && Media.isOutletNoun(np.get(0)) && Words.isQuoteMark(np.get(1)); // صحيفة «بليك»
        if (isAdverb(phrase, actors) && !namedOutlet) {
            phrase = new SpeakerPhrase(List.of(), List.of()); // قال بصراحة إن: the speaker is written before the verb
        }
        return phrase;
    }

    /**
     * Where the speaker words end when they stopped at "في", "إلى" or "لدى" of an affiliation that a person's name
     * follows (المحلل في شركة "الأفق" نادر الفارس، مبعوث المنظمة إلى ليبيا سامي الحداد): after that name. A medium (في تصريح) or an outlet first leaves them as they are.
     */
    static int throughAffiliation(List<Word> words, int npEnd, int content, ActorIndex actors) {
        if (npEnd + 1 >= content || !AFFILIATIONS.contains(words.get(npEnd).norm())
                || Media.MEDIUM_NOUNS.contains(words.get(npEnd + 1).norm())) {
            return npEnd;
        }
        for (int k = npEnd + 1; k < content; k++) {
            Word w = words.get(k);
            if (Media.isMediumStart(words, k) || QuoteWords.CUTS.contains(w.norm()) || Words.isClauseBreak(w)) {
                return npEnd;
            }
            Actor.Mention m = Mentions.longestAt(w, words.get(content - 1).end(), actors);
            Actor a = m == null ? null : actors.within(m);
            if (a != null && a.type().equals("PERS") && a.name().contains(" ")) {
                int after = k + 1;
                while (after < content && words.get(after).start() < m.end()) {
                    after++;
                }
                return after;
            }
        }
        return npEnd;
    }

    /**
     * وقال "الزوي": a speaker written in quotation marks; returns where the speaker phrase may start scanning. A short
     * quotation that ends the sentence (وتابع «أصيب خمسة جنود».) is what was said, not who said it.
     */
    private static int quotedName(List<Word> words, int j) {
        if (j < words.size() && Words.isQuoteMark(words.get(j))) {
            int close = ContentStart.skipQuoted(words, j);
            if (close > j + 1 && close + 1 < words.size() && !onlyPunctuationFrom(words, close + 1)) {
                return close + 1;
            }
        }
        return j;
    }

    private static boolean onlyPunctuationFrom(List<Word> words, int k) {
        return words.subList(k, words.size()).stream().allMatch(Words::isPunct);
    }

    /**
     * The words naming the speaker that come after a medium or a quoted name and before the content (أوضحت
     * لـ"الاقتصادية" تيسير المفرج المتحدث الرسمي، أن / قال المتحدث "أنيل ساكسين": ...).
     */
    private static List<Word> afterMedium(List<Word> words, int from, int to) {
        int lastMark = -1;
        for (int k = from; k < to; k++) {
            if (Words.isQuoteMark(words.get(k))) {
                lastMark = k;
            }
        }
        if (lastMark < 0) {
            return List.of();
        }
        int open = -1;
        for (int k = from; k < lastMark; k++) {
            if (Words.isQuoteMark(words.get(k))) {
                open = k;
                break;
            }
        }
        boolean quotedName = open >= 0 && (open == from || !Media.isMediumStart(words, open - 1)) && lastMark - open <= 5
                && to - lastMark <= 2;
        var out = new ArrayList<Word>();
        int start = quotedName ? open + 1 : lastMark + 1;
        int end = quotedName ? lastMark : to;
        for (int k = start; k < end && out.size() < QuoteWords.MAX_SPEAKER_WORDS; k++) {
            Word w = words.get(k);
            if (QuoteWords.isCut(w)) {
                break;
            }
            out.add(w);
        }
        return out;
    }

    /**
     * Whether {@code w}, at {@code k}, names whom it was said to: an actor's name after ل (لرويترز), or a definite
     * noun after ل right after the verb or after a person's name (قال للجنة، قال كاميرون للصحفيين); elsewhere that ل
     * belongs to a name (الشركة السعودية للكهرباء). After a lone statement or report noun the ل names its issuer
     * instead (بيان لقوة المهام، تقرير للوزارة).
     */
    private static boolean isAddressee(Word w, List<Word> words, int j, int k, ActorIndex actors) {
        if (k == j + 1 && Speakers.ISSUED_NOUNS.contains(words.get(j).norm())) {
            return false;
        }
        boolean definiteAfterLam = w.norm().startsWith("لل") && w.norm().length() > 3;
        return namesActorAfterLam(w, actors) || definiteAfterLam && (k == j || endsPerson(words.get(k - 1), actors)
                && !afterLamPhrase(words, j, k - 1));
    }

    /**
     * Whether a ل-phrase comes before {@code end} in the speaker words: a person named inside it belongs to the title
     * (المتحدث الرسمي لمركز الملك سلمان للإغاثة), not to the speaker.
     */
    private static boolean afterLamPhrase(List<Word> words, int from, int end) {
        return words.subList(from, end).stream().anyMatch(x -> x.norm().startsWith("ل") && x.norm().length() > 3);
    }

    /** لرويترز: the ل of an actor's name marks whom it was said to, not who said it. */
    private static boolean namesActorAfterLam(Word w, ActorIndex actors) {
        if (!w.norm().startsWith("ل") || w.norm().startsWith("لل") || w.length() < 4) {
            return false;
        }
        Actor a = actors.within(new Actor.Mention(w.start() + 1, w.end()));
        return a != null && a.mentions().stream().anyMatch(m -> m.start() == w.start() + 1);
    }

    /** العام الماضي، الشهر المقبل، أول من أمس، أول أمس: a time phrase ends the speaker's name. */
    private static boolean isTimePhrase(List<Word> words, int k) {
        if (k + 1 >= words.size()) {
            return false;
        }
        String word = words.get(k).norm();
        String next = words.get(k + 1).norm();
        return TIME_NOUNS.contains(word) && TIME_QUALIFIERS.contains(next) || word.equals("اول") && (next.equals("امس")
                || next.equals("من") && k + 2 < words.size() && words.get(k + 2).norm().equals("امس"));
    }

    /**
     * A lone ب-word naming no actor (بصراحة، بوضوح), an adverb of time or channel (مؤخرا، هاتفيا) or the attention a
     * speaker draws (لفت الانتباه إلى) is not a speaker.
     */
    private static boolean isAdverb(SpeakerPhrase phrase, ActorIndex actors) {
        if (!phrase.role().isEmpty() || phrase.name().isEmpty()) {
            return false;
        }
        var name = phrase.name();
        Word w = name.get(0);
        return name.size() == 1 && (w.norm().startsWith("ب") && !w.norm().startsWith("بال") || ADVERBS.contains(w.norm())
                || ATTENTION.contains(w.norm()))
                && !Mentions.namesSomeone(name, actors);
    }

    /**
     * The phrase with its name set to the one person the speaker words name, when the parse put a title or an
     * institution there (المحلل في شركة "الجزيرة كابتال" جاسم الجبران).
     */
    private static SpeakerPhrase withNamedPerson(SpeakerPhrase phrase, List<Word> np, ActorIndex actors) {
        if (np.isEmpty() || QuoteWords.isUnnamedSource(np.get(0))) {
            return phrase;
        }
        var span = new Actor.Mention(np.get(0).start(), np.get(np.size() - 1).end());
        Actor person = null;
        for (Actor a : actors.allWithin(span)) { // a loop: this runs for every speaker phrase
            if (a.type().equals("PERS") && a.name().contains(" ")) {
                if (person != null) {
                    return phrase; // two people: none is the name
                }
                person = a;
            }
        }
        if (person == null) {
            return phrase;
        }
        var mention = person.mentions().stream().filter(span::contains).findFirst().orElseThrow();
        var name = np.stream().filter(mention::contains).toList();
        boolean named = !phrase.name().isEmpty() && phrase.name().get(0).start() <= mention.start()
                && !QuoteWords.isCut(phrase.name().get(0)) && new Actor.Mention(phrase.name().get(0).start(),
                phrase.name().get(phrase.name().size() - 1).end()).contains(mention); // not "إلى ليبيا سامي الحداد"
        return named || name.isEmpty() ? phrase : new SpeakerPhrase(name, phrase.role());
    }

    /** Whether {@code part} of {@code words} stands between quotation marks (المتحدث "خالد يوسف"). */
    private static boolean isQuoted(List<Word> words, List<Word> part) {
        int first = words.indexOf(part.get(0));
        int last = first + part.size() - 1;
        while (last > first && Words.isClauseBreak(words.get(last))) {
            last--; // "خالد يوسف": ends at the closing mark, not at the colon
        }
        return first > 0 && last + 1 < words.size() && Words.isQuoteMark(words.get(first - 1))
                && Words.isQuoteMark(words.get(last + 1));
    }
}
