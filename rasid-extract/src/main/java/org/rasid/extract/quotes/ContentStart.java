package org.rasid.extract.quotes;

import java.util.List;
import java.util.Set;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.actors.ActorIndex;
import org.rasid.extract.roles.RoleGrammar;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Where the content of a reporting act starts: after the complementizer أن/إن, a colon, an opening quotation mark,
 * the verb's preposition (أعرب عن ...), or, for a few verbs, at the noun object after the subject (أكد الوزير سيطرة
 * القوات). Indexes are into the sentence's words; -1 when there is no content.
 */
final class ContentStart {
    /** Verbs whose content may be a plain noun object after the speaker's name (أكد الوزير سيطرة القوات على ...). */
    private static final Set<String> NOMINAL_OBJECT = Set.of("اكد", "اكدت", "اعلن", "اعلنت", "اعتبر",
            "اعتبرت", "توقع", "توقعت", "يتوقع", "تتوقع", "اتهم", "اتهمت", "يتهم", "تتهم", "بين", "حث", "دعا", "وصف", "وصفت", "عزا", "عزت",
            "ارجع", "ارجعت", "كشف", "كشفت");

    /** Verbs confirming or announcing an event that may follow them with no subject written (وأكدت قتل ...). */
    private static final Set<String> ANNOUNCING = Set.of("اكد", "اكدت", "اعلن", "اعلنت");
    /** Verbal nouns of events, as match keys: never a speaker, so right after the verb they open its object. */
    private static final Set<String> EVENT_NOUNS = Set.of("قتل", "مقتل", "اعتقال", "اصابه", "وفاه", "سقوط", "استشهاد",
            "اغتيال", "تدمير", "اسقاط", "مصرع", "احتجاز", "اختطاف", "خطف", "تفجير", "انفجار");

    private static final Set<String> DAY_WORDS = Set.of("اليوم", "امس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
            "الخميس", "الجمعه", "السبت");

    private final ReportingLexicon lexicon;

    ContentStart(ReportingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Where the content starts after {@code from}: skips a medium or time phrase, at most a dozen words. */
    int after(List<Word> words, int from, String prep) {
        for (int k = from; k < words.size() && k < from + 20; k++) {
            Word w = words.get(k);
            String raw = QuoteWords.stripMarks(w.text());
            if (QuoteWords.isComplementizer(raw)) {
                boolean bare = raw.length() <= 3 && !raw.startsWith("ب") || raw.equals("بأن");
                return bare ? k + 1 : k;
            }
            if (w.text().equals(":")) {
                return k + 1 < words.size() ? k + 1 : -1;
            }
            if (Words.isOpeningQuoteMark(w)) {
                int close = skipQuoted(words, k);
                boolean shortName = close > k + 1 && close - k <= 5 && close + 1 < words.size()
                        && (!Words.isPunct(words.get(close + 1)) || words.get(close + 1).text().equals(":"));
                if (k > from && Media.isMediumStart(words, k - 1) || shortName) {
                    k = close;
                    continue; // لـ«عكاظ»، قناة «العربية»، "أنيل ساكسين": a name, not the content
                }
                return k;
            }
            if (prep != null && isPreposition(w, prep)) {
                if (k + 1 < words.size() && QuoteWords.isComplementizer(words.get(k + 1))) {
                    String next = QuoteWords.stripMarks(words.get(k + 1).text());
                    return next.length() <= 3 ? k + 2 : k + 1;
                }
                return k;
            }
            var entry = lexicon.lookup(w);
            if (w.text().equals(".") || entry != null && entry.kind() != Cue.Kind.attribution && !isVia(words, k)) {
                return -1;
            }
        }
        return -1;
    }

    /** أكد الوزير عبده الحذيفي سيطرة ...: the content is the noun object right after a named actor. */
    int nominalObject(List<Word> words, int v, int npEnd, ActorIndex actors) {
        if (!NOMINAL_OBJECT.contains(words.get(v).bare()) || npEnd <= v + 1) {
            return -1;
        }
        if (ANNOUNCING.contains(words.get(v).bare()) && EVENT_NOUNS.contains(words.get(v + 1).norm())) {
            return v + 1; // وأكدت قتل ثلاثة مسلحين: the subject is dropped, the event noun opens what was confirmed
        }
        if (QuoteWords.isUnnamedSource(words.get(v + 1)) && npEnd + 1 < words.size()
                && Words.isOpeningQuoteMark(words.get(npEnd + 1))) {
            // كشفت مصادر مطلعة لـ«الوئام» حقيقة ...: the outlet in quotes ends the source's description, the object follows
            int next = afterRelay(words, npEnd);
            return next > npEnd + 1 && next < words.size() && opensObject(words, next) ? next : -1;
        }
        int p = v + 1;
        boolean inRole = false;
        while (p < npEnd) { // the subject: a title with the words and places it governs, then a name
            Word w = words.get(p);
            Actor.Mention m = Mentions.longestAt(w, words.get(words.size() - 1).end(), actors);
            if (m == null && !inRole && QuoteWords.isInstitution(w)) {
                int end = p + 1; // وزارة الخارجية القطرية: an institution written as a description
                while (end < npEnd && words.get(end).norm().startsWith("ال")) {
                    end++;
                }
                m = new Actor.Mention(w.start(), words.get(end - 1).end());
            }
            if (m == null) {
                if (!inRole && !RoleGrammar.isHead(w) && !RoleGrammar.isHonorific(w)) {
                    return -1;
                }
                inRole |= RoleGrammar.isHead(w);
                p++;
                continue;
            }
            int next = p + 1;
            while (next < words.size() && words.get(next).start() < m.end()) {
                next++;
            }
            Actor named = actors.within(m);
            if (inRole && named != null && !named.type().equals("PERS") && next < npEnd) {
                p = next; // حاكم مقاطعة شينكاي محمد قاسم خان: the place belongs to the title
                continue;
            }
            next = afterRelay(words, next);
            while (next < words.size() && DAY_WORDS.contains(words.get(next).norm())) {
                next++; // أعلنت الوزارة اليوم تنفيذ ...: the day the act was made, then its object
            }
            if (next >= words.size()) {
                return -1;
            }
            return opensObject(words, next) ? next : -1;
        }
        return -1;
    }

    /** Whether the word at {@code k} can open a noun object: no mark, cut word or medium. */
    private static boolean opensObject(List<Word> words, int k) {
        Word first = words.get(k);
        return !Words.isPunct(first) && !QuoteWords.isCut(first) && !Media.isMediumStart(words, k);
    }

    /**
     * Where the object starts after a relay between the subject and it (أكدت الوزارة وفقا لوكالة الأنباء في بيان اليوم
     * وقوف ...): the attribution or outlet, then the medium and time words; {@code k} itself when there is none.
     */
    private int afterRelay(List<Word> words, int k) {
        if (k >= words.size() || !Media.isMediumStart(words, k) && (lexicon.lookup(words.get(k)) == null
                || lexicon.lookup(words.get(k)).kind() != Cue.Kind.attribution)) {
            return k;
        }
        int end = k + 1;
        if (end < words.size() && Words.isOpeningQuoteMark(words.get(end))) {
            int close = skipQuoted(words, end);
            if (close > end) {
                return close + 1; // لـ «عكاظ» انتقال ...: the outlet in quotes, then the object
            }
        }
        while (end < words.size() && end - k < 8 && !QuoteWords.CUTS.contains(words.get(end).norm())
                && !Words.isPunct(words.get(end))) {
            end++;
        }
        while (end < words.size() && (QuoteWords.CUTS.contains(words.get(end).norm())
                || Media.MEDIUM_NOUNS.contains(words.get(end).norm()))) {
            end++;
        }
        return end;
    }

    /** عبر without عن is the preposition "via" (قال عبر موقعه)، a channel before the content, not another act. */
    static boolean isVia(List<Word> words, int k) {
        return words.get(k).norm().equals("عبر") && (k + 1 >= words.size() || !words.get(k + 1).norm().equals("عن"));
    }

    /** The index of the closing quotation mark that matches the one at {@code open} (or {@code open} if none). */
    static int skipQuoted(List<Word> words, int open) {
        for (int k = open + 1; k < words.size() && k < open + 8; k++) {
            if (Words.isQuoteMark(words.get(k))) {
                return k;
            }
        }
        return open;
    }

    /** Whether the verb's prepositions (one, or alternatives joined by |) include {@code p}. */
    static boolean allows(String prep, String p) {
        return prep != null && List.of(prep.split("\\|")).contains(p);
    }

    static boolean isComplementStart(Word w, String prep) {
        return QuoteWords.isComplementizer(w) || (prep != null && isPreposition(w, prep));
    }

    static boolean isPreposition(Word w, String prep) {
        if (prep.indexOf('|') >= 0) {
            for (String p : prep.split("\\|")) {
                if (isPreposition(w, p)) {
                    return true;
                }
            }
            return false;
        }
        return switch (prep) {
            case "ب" -> w.norm().startsWith("ب") && w.norm().length() > 3;
            case ReportingLexicon.INDEFINITE_B -> w.norm().startsWith("ب") && !w.norm().startsWith("بال") && w.norm().length() > 3;
            default -> w.norm().equals(prep);
        };
    }
}
