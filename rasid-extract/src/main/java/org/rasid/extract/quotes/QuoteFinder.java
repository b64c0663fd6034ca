package org.rasid.extract.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasid.core.Span;
import org.rasid.core.model.Sentence;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.actors.ActorIndex;
import org.rasid.extract.roles.RoleGrammar;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Finds reporting acts sentence by sentence. A finite reporting verb takes the speaker written after it (قال
 * الوزير إن) or before it (الوزير، ...، أكد أن), or else the previous speaker (وأضاف أن); a participle (مشيرا،
 * متابعا) continues the sentence's speaker; an attribution (وفقا لـ، بحسب) names its source after it and its content
 * before or after. The content starts after the complementizer أن/إن, a colon, an opening quotation mark, or the
 * verb's preposition (أعرب عن ...), and runs to the next reporting act or the end of the sentence (of the quotation
 * for direct speech).
 */
public final class QuoteFinder {
    private static final Pattern COMPLEMENTIZER = Pattern.compile("(ب?[أإ]ن|ان)(ه|ها|هم|هما|هن|ني|نا|ك)?");
    private static final Pattern QUOTE_EDGES = Pattern.compile("^[«\"“]|[»\"”]$");
    private static final Set<String> NEGATIONS = Set.of("لم", "لا", "لن", "ما", "ولم", "ولا", "ليس");
    private static final Set<String> MEDIUM_NOUNS = Set.of("تصريح", "تصريحات", "تصريحه", "تصريحاته", "بيان", "بيانا",
            "حديث", "حديثه", "مقابله", "موتمر", "كلمه", "كلمته", "لقاء", "اتصال", "رساله", "خطاب", "خطابه", "تغريده", "حوار",
            "ندوه", "منشور", "تدوينه", "مداخله", "برنامج", "تصريحا", "بيانها", "بيانه", "تقرير", "تقريرها");
    private static final Set<String> OUTLET_NOUNS = Set.of("صحيفه", "وكاله", "قناه", "موقع", "تلفزيون", "اذاعه", "شبكه");
    private static final Set<String> CUTS = Set.of("في", "خلال", "اثناء", "عقب", "لدي", "عبر", "امس", "اليوم", "يوم",
            "مساء", "صباح", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "بعد", "قبل", "حول",
            "ردا", "امام", "من", "مع", "ان", "بان", "انه", "انها", "حين", "عندما", "الذي", "التي", "الذين", "والذي", "والتي", "وهو", "وهي",
            "حيث", "بينما", "كما", "اثر", "ضمن", "دون", "بدون", "عند");
    /** على and إلى written with alef maksura; folded they would equal the names علي and إلي. */
    private static final Set<String> CUTS_AS_WRITTEN = Set.of("على", "إلى", "الى");
    /** Words that open a sentence without being its subject (وعن حجم الجرائم قال، كما تابع، وكانت مصادر أعلنت). */
    private static final Set<String> NOT_SUBJECT = Set.of("عن", "وعن", "في", "وفي", "من", "ومن", "كما", "وكما", "بعد", "وبعد",
            "قبل", "على", "وعلى", "الي", "والي", "لكن", "ولكن", "بينما", "حيث", "ثم", "اما", "واما", "بدوره", "وبدوره",
            "بدورها", "وبدورها", "جهته", "جهتها", "اذ", "فيما", "وفيما", "خلال", "وخلال", "ب", "مع", "ومع");
    private static final Set<String> AUXILIARIES = Set.of("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا", "قد", "وقد", "لقد");
    /** Verbs whose content may be a plain noun object after the speaker's name (أكد الوزير سيطرة القوات على ...). */
    private static final Set<String> NOMINAL_OBJECT = Set.of("اكد", "اكدت", "اعلن", "اعلنت", "اعتبر",
            "اعتبرت", "توقع", "توقعت", "اتهم", "اتهمت", "يتهم", "تتهم", "بين", "حث", "دعا", "وصف", "وصفت");
    private static final Set<String> SOURCE_NOUNS = Set.of("مصدر", "مصادر", "مسوول", "مسوولون", "مسوولين", "وكاله",
            "صحيفه", "وسائل", "شهود", "بيان", "تقرير", "تقارير", "ناشطون", "ناشطين", "سكان", "مراسل", "تقديرات", "احصاءات",
            "ارقام", "معلومات", "مرصد", "مسعفون");
    private static final int MAX_SPEAKER_WORDS = 16;
    /** A preposition with a pronoun right after the verb (قال لها، قال فيها): the addressee or the occasion. */
    private static final Set<String> PRONOUN_OBJECTS = Set.of("له", "لها", "لهم", "لنا", "لي", "فيه", "فيها", "عليه",
            "عليها", "عنه", "عنها", "منه", "منها", "معه", "معها");
    private static final Set<String> DATA_NOUNS = Set.of("المعلومات", "البيانات", "الاحصاءات", "الاحصائيات", "الارقام",
            "الموشرات", "النتائج");
    /** Heads of institutions written as descriptions; a feminine reporting verb can refer back to them. */
    private static final Set<String> INSTITUTIONS = Set.of("وزاره", "الوزاره", "الحكومه", "حكومه", "هيئه", "الهيئه",
            "منظمه", "المنظمه", "الشركه", "شركه", "السلطات", "الرئاسه", "السفاره", "القياده", "الشرطه", "الخارجيه",
            "الداخليه", "اداره", "اللجنه", "لجنه");
    private static final Set<String> STATEMENT_NOUNS = Set.of("بيان", "البيان");
    private static final Set<String> SAMENESS = Set.of("نفس", "ذات", "ذاته", "نفسه", "نفسها", "ذاتها");
    private static final Set<String> IMPERSONAL = Set.of("يذكر", "يتوقع", "تبين", "يتبين");
    private static final Set<String> TIME_NOUNS = Set.of("العام", "الشهر", "الاسبوع");
    private static final Set<String> TIME_QUALIFIERS = Set.of("الماضي", "المقبل", "الحالي", "الجاري", "المنصرم");

    private final ReportingLexicon lexicon = new ReportingLexicon();

    /** A resolved speaker: actor id (null when unnamed or unknown), the words naming it, its role. */
    private record Speaker(String id, String text, String role) {
    }

    /**
     * The quotes of a text. Sentences inside {@code skip} (the title: headlines restate the body's acts) are not
     * searched.
     */
    public List<Quote> find(String text, List<Sentence> sentences, ActorIndex actors, Span skip) {
        var quotes = new ArrayList<Quote>();
        var state = new State();
        for (Sentence s : sentences) {
            if (skip != null && skip.contains(s)) {
                continue;
            }
            var words = Words.in(text, s.start(), s.end());
            state.sentenceSpeaker = null;
            state.consumedUntil = -1;
            state.previousWords = state.words;
            state.words = words;
            int i = 0;
            while (i < words.size()) {
                Word w = words.get(i);
                var entry = lexicon.lookup(w); // first: most words report nothing
                if (entry == null || i < state.consumedUntil || insideEarlier(quotes, w)
                        || (i > 0 && NEGATIONS.contains(words.get(i - 1).norm()))) {
                    i++;
                    continue;
                }
                Quote q = switch (entry.kind()) {
                    case verb -> verb(text, words, i, entry.preposition(), s, state, actors);
                    case participle -> participle(text, words, i, entry.preposition(), s, state, actors);
                    case noun -> noun(text, words, i, s, state, actors);
                    case attribution -> attribution(text, words, i, s, state, actors, quotes);
                };
                if (q != null) {
                    quotes.add(q);
                }
                i++;
            }
            trimContentsAtNextAct(text, quotes, s);
        }
        return quotes;
    }

    private static final class State {
        Speaker last;
        /** Who spoke last "في بيان": the one a later "وأوضح البيان" speaks for. */
        Speaker issuer;
        /** The words of this sentence and the previous one, for the institution a sentence opens with. */
        List<Word> words;
        List<Word> previousWords;
        Speaker sentenceSpeaker;
        int consumedUntil;
        final List<Speaker> named = new ArrayList<>();
    }

    private Quote verb(String text, List<Word> words, int v, String prep, Sentence s, State state, ActorIndex actors) {
        if (isImpersonal(words, v)) {
            return null;
        }
        int j = v + 1;
        if (j < words.size() && PRONOUN_OBJECTS.contains(words.get(j).norm())) {
            j++; // قال لها إن، قال فيها إن: whom or where it was said, not who said it
        }
        int npEnd = quotedName(words, j);
        while (npEnd < words.size() && npEnd - j < MAX_SPEAKER_WORDS) {
            int role = RoleGrammar.roleLength(words, npEnd);
            if (role > 0) {
                npEnd += role;
                continue;
            }
            Word w = words.get(npEnd);
            int close = Words.isQuoteMark(w) && npEnd > j ? skipQuoted(words, npEnd) : npEnd;
            if (close > npEnd + 1 && close - npEnd <= 5 && close + 1 < words.size()
                    && !Words.isPunct(words.get(close + 1)) && !isComplementStart(words.get(close + 1), prep)) {
                npEnd = close + 1; // الخبير في مركز "الأفق" نادر الفارس: a quoted name inside the title
                continue;
            }
            if (isComplementStart(w, prep) || Words.isQuoteMark(w) || w.text().equals(":") || CUTS.contains(w.norm())
                    || CUTS_AS_WRITTEN.contains(stripMarks(w.text()))
                    || isMediumStart(words, npEnd) && !(npEnd == j && OUTLET_NOUNS.contains(w.norm())) // قالت صحيفة X
                    || lexicon.lookup(w) != null || w.text().equals(".") || namesActorAfterLam(w, actors)
                    || isTimePhrase(words, npEnd)) {
                break;
            }
            npEnd++;
        }
        var complement = findComplement(words, npEnd, prep);
        if (complement == null) {
            complement = nominalObject(words, v, npEnd, actors);
        }
        boolean ambiguous = words.get(v).bare().equals("بين"); // also the preposition "between"
        if (complement == null || ambiguous && complement.index > v + 1
                || words.get(v).norm().equals("عبر") && !isPreposition(words.get(complement.index), prep)) {
            return null; // عبر without عن is the preposition "via"
        }
        npEnd = throughAffiliation(words, npEnd, complement.index, actors);
        state.consumedUntil = complement.index;
        Speaker speaker;
        var np = words.subList(j, Math.min(npEnd, complement.index));
        var phrase = withNamedPerson(SpeakerPhrase.parse(np), np, actors);
        var after = afterMedium(words, npEnd, complement.index);
        if (!after.isEmpty() && (phrase.isEmpty() || phrase.name().isEmpty() && isQuoted(words, after)
                || namesSomeone(after, actors))) {
            // a name after the medium (أوضحت لـ"الاقتصادية" تيسير المفرج), not a clause (لـ«رويترز» طلب عدم نشر اسمه)
            var more = SpeakerPhrase.parse(after);
            phrase = new SpeakerPhrase(phrase.name().isEmpty() ? more.name() : phrase.name(),
                    phrase.role().isEmpty() ? more.role() : phrase.role());
        }
        if (isAdverb(phrase, actors)) {
            phrase = new SpeakerPhrase(List.of(), List.of()); // قال بصراحة إن: the speaker is written before the verb
        }
        if (!phrase.isEmpty()) {
            speaker = resolve(text, phrase, state, actors);
        } else if (v > 0 && DATA_NOUNS.contains(words.get(v - 1).bare())) {
            return null; // المعلومات تشير إلى أن: a data report, nobody's words
        } else {
            speaker = subjectBefore(text, words, v, state, actors);
        }
        var quote = emit(text, words, v, complement, s, speaker, mediumOf(text, words, npEnd, complement.index), state);
        for (int k = npEnd; speaker != null && k + 1 < complement.index; k++) {
            if (words.get(k).norm().equals("في") && words.get(k + 1).norm().startsWith("بيان")) {
                state.issuer = speaker; // في بيان after an outlet (وفقا لوكالة الأنباء في بيان)
            }
        }
        return quote;
    }

    private Quote participle(String text, List<Word> words, int p, String prep, Sentence s, State state,
                             ActorIndex actors) {
        var complement = findComplement(words, p + 1, prep);
        if (complement == null || complement.index > p + 3) {
            return null;
        }
        Speaker speaker = state.sentenceSpeaker;
        if (speaker == null && p > 0) {
            // the participle continues the subject of its clause (لكن حركة طالبان تبنت العملية قائلة إن ...)
            Actor subject = actors.allWithin(new Actor.Mention(words.get(0).start(), words.get(p - 1).end())).stream()
                    .filter(a -> !a.type().equals("LOC")).findFirst().orElse(null);
            if (subject != null) {
                speaker = new Speaker(subject.id(), subject.name(), null);
            }
        }
        if (speaker == null) {
            speaker = state.last;
        }
        return emit(text, words, p, complement, s, speaker, null, state);
    }

    /** قوله / بقوله: the speaker is the "عن X" before it (نقلت الوكالة عن مصدر قوله) or the current one. */
    private Quote noun(String text, List<Word> words, int n, Sentence s, State state, ActorIndex actors) {
        var complement = findComplement(words, n + 1, null);
        if (complement == null || complement.index > n + 2) {
            complement = new Complement(n + 1, false);
            if (n + 1 >= words.size()) {
                return null;
            }
        }
        Speaker speaker = null;
        for (int k = n - 1; k >= Math.max(0, n - MAX_SPEAKER_WORDS); k--) {
            if (words.get(k).norm().equals("عن")) {
                speaker = resolve(text, SpeakerPhrase.parse(words.subList(k + 1, n)), state, actors);
                break;
            }
        }
        if (speaker == null) {
            speaker = state.sentenceSpeaker != null ? state.sentenceSpeaker : state.last;
        }
        return emit(text, words, n, complement, s, speaker, null, state);
    }

    private Quote attribution(String text, List<Word> words, int a, Sentence s, State state, ActorIndex actors,
                              List<Quote> found) {
        String cue = words.get(a).bare();
        int np = a + 1;
        if ((cue.equals("وفقا") || cue.equals("طبقا")) && np < words.size() && words.get(np).norm().equals("ل")) {
            np++;
        } else if (cue.equals("نقلا") && np < words.size() && words.get(np).norm().equals("عن")) {
            np++;
        } else if (cue.equals("حسبما") && np < words.size() && lexicon.lookup(words.get(np)) != null) {
            np++;
        } else if ((cue.equals("حسب") || cue.equals("بحسب")) && np + 1 < words.size() && words.get(np).norm().equals("ما")
                && lexicon.lookup(words.get(np + 1)) != null) {
            np += 2;
        } else if (cue.equals("وفقا") || cue.equals("نقلا") || cue.equals("طبقا")) {
            if (np >= words.size() || !words.get(np).norm().startsWith("ل") && !cue.equals("نقلا")) {
                return null;
            }
        }
        int npEnd = np;
        while (npEnd < words.size() && npEnd - np < 8 && !Words.isPunct(words.get(npEnd))
                && !isComplementStart(words.get(npEnd), null) && (npEnd == np || !CUTS.contains(words.get(npEnd).norm()))) {
            npEnd++;
        }
        if (npEnd == np) {
            return null;
        }
        var npWords = words.subList(np, npEnd);
        if (!looksLikeSource(text, npWords, actors)) {
            return null;
        }
        var phrase = SpeakerPhrase.parse(stripPreposition(npWords));
        if (phrase.name().isEmpty() && phrase.role().isEmpty()) {
            return null; // nothing after the cue names a source (حسبما أوضح د.هشام: the cue is followed by a verb)
        }
        Speaker speaker = resolve(text, phrase, state, actors);
        int before = a;
        if (before > 0 && Words.isPunct(words.get(before - 1))) {
            before--;
        }
        int clauseStart = 0;
        for (Quote q : found) {
            if (q.end() <= words.get(a).start() && q.end() > s.start()) {
                clauseStart = indexAfter(words, q.end());
            }
        }
        boolean leading = before <= clauseStart || (before - clauseStart == 1 && words.get(clauseStart).norm().equals("و"));
        if (leading) {
            int c = npEnd;
            while (c < words.size() && (Words.isPunct(words.get(c)) && !Words.isQuoteMark(words.get(c))
                    || COMPLEMENTIZER.matcher(stripMarks(words.get(c).text())).matches()
                    || words.get(c).norm().equals("فان"))) {
                c++;
            }
            if (c >= words.size()) {
                return null;
            }
            return emit(text, words, a, new Complement(c, false), s, speaker, null, state);
        }
        int start = words.get(clauseStart).start();
        int end = words.get(before - 1).end();
        if (end <= start) {
            return null;
        }
        boolean direct = Words.isQuoteMark(words.get(clauseStart));
        state.sentenceSpeaker = speaker;
        return quote(text, start, end, direct, speaker, verbText(words.get(a)), null);
    }

    private record Complement(int index, boolean skipWord) {
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
        boolean quotedName = open >= 0 && (open == from || !isMediumStart(words, open - 1)) && lastMark - open <= 5
                && to - lastMark <= 2;
        var out = new ArrayList<Word>();
        int start = quotedName ? open + 1 : lastMark + 1;
        int end = quotedName ? lastMark : to;
        for (int k = start; k < end && out.size() < MAX_SPEAKER_WORDS; k++) {
            Word w = words.get(k);
            if (CUTS.contains(w.norm()) || CUTS_AS_WRITTEN.contains(stripMarks(w.text()))) {
                break;
            }
            out.add(w);
        }
        return out;
    }

    /** لرويترز: the ل of an actor's name marks whom it was said to, not who said it. */
    private static boolean namesActorAfterLam(Word w, ActorIndex actors) {
        if (!w.norm().startsWith("ل") || w.norm().startsWith("لل") || w.length() < 4) {
            return false;
        }
        Actor a = actors.within(new Actor.Mention(w.start() + 1, w.end()));
        return a != null && a.mentions().stream().anyMatch(m -> m.start() == w.start() + 1);
    }

    /** Where the content starts after {@code from}: skips a medium or time phrase, at most a dozen words. */
    private Complement findComplement(List<Word> words, int from, String prep) {
        for (int k = from; k < words.size() && k < from + 20; k++) {
            Word w = words.get(k);
            String raw = stripMarks(w.text());
            if (COMPLEMENTIZER.matcher(raw).matches()) {
                boolean bare = raw.length() <= 3 && !raw.startsWith("ب") || raw.equals("بأن");
                return new Complement(bare ? k + 1 : k, false);
            }
            if (w.text().equals(":")) {
                return k + 1 < words.size() ? new Complement(k + 1, false) : null;
            }
            if (Words.isQuoteMark(w) && "«“\"".contains(w.text())) {
                int close = skipQuoted(words, k);
                boolean shortName = close > k + 1 && close - k <= 5 && close + 1 < words.size()
                        && (!Words.isPunct(words.get(close + 1)) || words.get(close + 1).text().equals(":"));
                if (k > from && isMediumStart(words, k - 1) || shortName) {
                    k = close;
                    continue; // لـ«عكاظ»، قناة «العربية»، "أنيل ساكسين": a name, not the content
                }
                return new Complement(k, false);
            }
            if (prep != null && isPreposition(w, prep)) {
                if (k + 1 < words.size() && COMPLEMENTIZER.matcher(stripMarks(words.get(k + 1).text())).matches()) {
                    String next = stripMarks(words.get(k + 1).text());
                    return new Complement(next.length() <= 3 ? k + 2 : k + 1, false);
                }
                return new Complement(k, false);
            }
            var entry = lexicon.lookup(w);
            if (w.text().equals(".") || entry != null && entry.kind() != Cue.Kind.attribution) {
                return null;
            }
        }
        return null;
    }

    /** The index of the closing quotation mark that matches the one at {@code open} (or {@code open} if none). */
    private static int skipQuoted(List<Word> words, int open) {
        for (int k = open + 1; k < words.size() && k < open + 8; k++) {
            if (Words.isQuoteMark(words.get(k))) {
                return k;
            }
        }
        return open;
    }

    /** وقال "الزوي": a speaker written in quotation marks; returns where the speaker phrase may start scanning. */
    private static int quotedName(List<Word> words, int j) {
        if (j < words.size() && Words.isQuoteMark(words.get(j))) {
            int close = skipQuoted(words, j);
            if (close > j + 1 && close + 1 < words.size()) {
                return close + 1;
            }
        }
        return j;
    }

    /** أكد الوزير عبده الحذيفي سيطرة ...: the content is the noun object right after a named actor. */
    private Complement nominalObject(List<Word> words, int v, int npEnd, ActorIndex actors) {
        if (!NOMINAL_OBJECT.contains(words.get(v).bare()) || npEnd <= v + 1) {
            return null;
        }
        int p = v + 1;
        boolean inRole = false;
        while (p < npEnd) { // the subject: a title with the words and places it governs, then a name
            Word w = words.get(p);
            Actor.Mention m = longestMentionAt(w, words.get(words.size() - 1).end(), actors);
            if (m == null && !inRole && (INSTITUTIONS.contains(w.norm()) || INSTITUTIONS.contains(w.bare()))) {
                int end = p + 1; // وزارة الخارجية القطرية: an institution written as a description
                while (end < npEnd && words.get(end).norm().startsWith("ال")) {
                    end++;
                }
                m = new Actor.Mention(w.start(), words.get(end - 1).end());
            }
            if (m == null) {
                if (!inRole && !RoleGrammar.isHead(w) && !RoleGrammar.isHonorific(w)) {
                    return null;
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
            if (next >= words.size()) {
                return null;
            }
            Word first = words.get(next);
            boolean opensObject = !Words.isPunct(first) && !CUTS.contains(first.norm())
                    && !CUTS_AS_WRITTEN.contains(stripMarks(first.text())) && !isMediumStart(words, next);
            return opensObject ? new Complement(next, false) : null;
        }
        return null;
    }

    /**
     * Where the object starts after a relay between the subject and it (أكدت الوزارة وفقا لوكالة الأنباء في بيان اليوم
     * وقوف ...): the attribution or outlet, then the medium and time words; {@code k} itself when there is none.
     */
    private int afterRelay(List<Word> words, int k) {
        if (k >= words.size() || !isMediumStart(words, k) && (lexicon.lookup(words.get(k)) == null
                || lexicon.lookup(words.get(k)).kind() != Cue.Kind.attribution)) {
            return k;
        }
        int end = k + 1;
        while (end < words.size() && end - k < 8 && !CUTS.contains(words.get(end).norm()) && !Words.isPunct(words.get(end))) {
            end++;
        }
        while (end < words.size() && (CUTS.contains(words.get(end).norm()) || MEDIUM_NOUNS.contains(words.get(end).norm()))) {
            end++;
        }
        return end;
    }

    /** The longest actor mention that starts where {@code w} starts, or null. */
    private static Actor.Mention longestMentionAt(Word w, int limit, ActorIndex actors) {
        Actor.Mention best = null;
        for (Actor a : actors.allWithin(new Actor.Mention(w.start(), Math.max(w.end(), limit)))) {
            for (Actor.Mention m : a.mentions()) {
                if (m.start() == w.start() && (best == null || m.end() > best.end())) {
                    best = m;
                }
            }
        }
        return best;
    }

    private static boolean isComplementStart(Word w, String prep) {
        return COMPLEMENTIZER.matcher(stripMarks(w.text())).matches() || (prep != null && isPreposition(w, prep));
    }

    private static boolean isPreposition(Word w, String prep) {
        return prep.equals("ب") ? w.norm().startsWith("ب") && w.norm().length() > 3 : w.norm().equals(prep);
    }

    private static boolean isMediumStart(List<Word> words, int k) {
        Word w = words.get(k);
        String n = w.norm();
        if (n.equals("ل") || n.equals("ب") || n.startsWith("ل") && OUTLET_NOUNS.contains(n.substring(1))
                || OUTLET_NOUNS.contains(n) || n.equals("لوسايل")) {
            return true;
        }
        return n.equals("في") && k + 1 < words.size() && MEDIUM_NOUNS.contains(words.get(k + 1).norm());
    }

    /** "في تصريح لـ X" / "لصحيفة X" / "في بيان": the outlet or channel named between the speaker and the content. */
    private static String mediumOf(String text, List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            Word w = words.get(k);
            String n = w.norm();
            int start = -1;
            if (n.equals("ل") && k + 1 < to) {
                start = k + 1;
            } else if (n.startsWith("ل") && OUTLET_NOUNS.contains(n.substring(1))) {
                start = k;
            }
            if (start >= 0) {
                int end = start;
                while (end < to && !Words.isPunct(words.get(end)) || end < to && Words.isQuoteMark(words.get(end))) {
                    end++;
                }
                String medium = end > start ? text.substring(words.get(start).start(), words.get(end - 1).end()) : null;
                if (medium != null) {
                    medium = QUOTE_EDGES.matcher(medium).replaceAll("");
                    return start == k ? medium.substring(1) : medium;
                }
            }
            if (n.equals("في") && k + 1 < to && MEDIUM_NOUNS.contains(words.get(k + 1).norm()) && !hasOutlet(words, k + 2, to)) {
                return words.get(k + 1).text();
            }
        }
        return null;
    }

    private static boolean hasOutlet(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.get(k).norm().startsWith("ل")) {
                return true;
            }
        }
        return false;
    }

    /** يذكر أن، يتوقع أن، تبين أن: "it is mentioned / expected / turned out that" reports no one's words. */
    private static boolean isImpersonal(List<Word> words, int v) {
        return v + 1 < words.size() && IMPERSONAL.contains(words.get(v).bare())
                && Set.of("أن", "ان").contains(stripMarks(words.get(v + 1).text()));
    }

    /** العام الماضي، الشهر المقبل: a time phrase ends the speaker's name. */
    private static boolean isTimePhrase(List<Word> words, int k) {
        return k + 1 < words.size() && TIME_NOUNS.contains(words.get(k).norm())
                && TIME_QUALIFIERS.contains(words.get(k + 1).norm());
    }

    /** A lone ب-word naming no actor (بصراحة، بوضوح) is a manner adverb, not a speaker. */
    private static boolean isAdverb(SpeakerPhrase phrase, ActorIndex actors) {
        if (!phrase.role().isEmpty() || phrase.name().isEmpty()) {
            return false;
        }
        var name = phrase.name();
        Word w = name.get(0);
        return name.size() == 1 && w.norm().startsWith("ب") && !w.norm().startsWith("بال") && !namesSomeone(name, actors);
    }

    /**
     * Where the speaker words end when they stopped at "في" of an affiliation that a person's name follows (المحلل
     * في شركة "الأفق" نادر الفارس): after that name. A medium (في تصريح) or an outlet first leaves them as they are.
     */
    private static int throughAffiliation(List<Word> words, int npEnd, int content, ActorIndex actors) {
        if (npEnd + 1 >= content || !words.get(npEnd).norm().equals("في") || MEDIUM_NOUNS.contains(words.get(npEnd + 1).norm())) {
            return npEnd;
        }
        for (int k = npEnd + 1; k < content; k++) {
            Word w = words.get(k);
            if (isMediumStart(words, k) || CUTS.contains(w.norm()) || Words.isPunct(w) && !Words.isQuoteMark(w)) {
                return npEnd;
            }
            Actor.Mention m = longestMentionAt(w, words.get(content - 1).end(), actors);
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
     * The phrase with its name set to the one person the speaker words name, when the parse put a title or an
     * institution there (المحلل في شركة "الجزيرة كابتال" جاسم الجبران).
     */
    private static SpeakerPhrase withNamedPerson(SpeakerPhrase phrase, List<Word> np, ActorIndex actors) {
        if (np.isEmpty()) {
            return phrase;
        }
        var span = new Actor.Mention(np.get(0).start(), np.get(np.size() - 1).end());
        var people = actors.allWithin(span).stream().filter(a -> a.type().equals("PERS") && a.name().contains(" ")).toList();
        if (people.size() != 1) {
            return phrase;
        }
        var mention = people.get(0).mentions().stream().filter(span::contains).findFirst().orElseThrow();
        var name = np.stream().filter(mention::contains).toList();
        boolean named = !phrase.name().isEmpty() && new Actor.Mention(phrase.name().get(0).start(),
                phrase.name().get(phrase.name().size() - 1).end()).contains(mention);
        return named || name.isEmpty() ? phrase : new SpeakerPhrase(name, phrase.role());
    }

    /** Whether {@code part} of {@code words} stands between quotation marks (المتحدث "خالد يوسف"). */
    private static boolean isQuoted(List<Word> words, List<Word> part) {
        int first = words.indexOf(part.get(0));
        int last = first + part.size() - 1;
        while (last > first && Words.isPunct(words.get(last)) && !Words.isQuoteMark(words.get(last))) {
            last--; // "خالد يوسف": ends at the closing mark, not at the colon
        }
        return first > 0 && last + 1 < words.size() && Words.isQuoteMark(words.get(first - 1))
                && Words.isQuoteMark(words.get(last + 1));
    }

    private static boolean namesSomeone(List<Word> words, ActorIndex actors) {
        return actors.allWithin(new Actor.Mention(words.get(0).start(), words.get(words.size() - 1).end())).stream()
                .anyMatch(a -> !a.type().equals("LOC"));
    }

    /** The speaker written before the verb at the start of the sentence (X، الخبير في ...، أكد أن), else the last one. */
    private Speaker subjectBefore(String text, List<Word> words, int v, State state, ActorIndex actors) {
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
        int longest = from == 0 ? MAX_SPEAKER_WORDS : 5; // inside a sentence only a short subject precedes its verb
        if (to > from && to - from <= longest && !conjoined && !NOT_SUBJECT.contains(words.get(from).norm())) {
            var phrase = SpeakerPhrase.parse(words.subList(from, to));
            boolean clean = words.subList(from, to).stream().noneMatch(w -> lexicon.lookup(w) != null || w.text().equals(":"));
            if (clean && !phrase.isEmpty()) {
                return resolve(text, phrase, state, actors);
            }
        }
        Speaker current = state.sentenceSpeaker != null ? state.sentenceSpeaker : state.last;
        boolean person = current == null || current.id() != null && actors.byId(current.id()) != null
                && actors.byId(current.id()).type().equals("PERS");
        if (isFeminine(verb) && person) {
            // وقالت إن after "هونت وزارة الخارجية ...": a feminine verb goes back to an institution, not to a man
            Speaker lead = leadingInstitution(text, state.words, actors); // looked up only here: most verbs need none
            if (lead == null || lead.id() != null && current != null && lead.id().equals(current.id())) {
                lead = state.previousWords == null ? null : leadingInstitution(text, state.previousWords, actors);
            }
            if (lead != null) {
                return lead;
            }
        }
        return current;
    }

    /** A past-tense reporting verb in the feminine (قالت، أضافت، أكدت), the form institutions and countries take. */
    private static boolean isFeminine(Word verb) {
        String b = verb.bare();
        return b.length() > 3 && b.endsWith("ت") && !b.equals("لفت") && !b.startsWith("ت") || b.equals("تابعت");
    }

    /**
     * The organization or country named among the first words of a sentence, not after a preposition: an actor, or
     * an institution written as a description (هونت وزارة الخارجية السودانية).
     */
    private static Speaker leadingInstitution(String text, List<Word> words, ActorIndex actors) {
        for (int k = 0; k < Math.min(6, words.size()); k++) {
            if (k > 0 && NOT_SUBJECT.contains(words.get(k - 1).norm())) {
                continue;
            }
            Actor.Mention m = longestMentionAt(words.get(k), words.get(words.size() - 1).end(), actors);
            Actor a = m == null ? null : actors.within(m);
            if (a != null && (a.type().equals("ORG") || a.type().equals("LOC"))) {
                return new Speaker(a.id(), a.name(), null);
            }
            if (INSTITUTIONS.contains(words.get(k).norm()) || INSTITUTIONS.contains(words.get(k).bare())) {
                int end = k + 1;
                while (end < words.size() && words.get(end).norm().startsWith("ال") && end - k < 4) {
                    end++;
                }
                return new Speaker(null, text.substring(words.get(k).start(), words.get(end - 1).end()), null);
            }
        }
        return null;
    }

    /**
     * Where the clause of the verb at {@code v} starts: after the last colon or complementizer before it (وأضاف:
     * الرئيس قال، رغم أن مصدرا كبيرا أكد), or at the sentence start.
     */
    private static int clauseStart(List<Word> words, int v) {
        for (int k = v - 1; k >= 0; k--) {
            Word w = words.get(k);
            if (w.text().equals(":") || COMPLEMENTIZER.matcher(stripMarks(w.text())).matches() && k + 1 < v) {
                return k + 1;
            }
        }
        return 0;
    }

    /** The words of a name or role as match keys, also without a leading و (شهود ومصادر); a role may repeat a word. */
    private static Set<String> nameWords(String phrase) {
        var out = new HashSet<String>();
        for (String w : Arabic.nameKey(phrase).split(" ")) {
            out.add(w);
            if (w.length() > 3 && w.charAt(0) == 'و') {
                out.add(w.substring(1));
            }
        }
        return out;
    }

    /** المصدر ذاته، نفس المصدر → المصدر: the words that only say "the same" are dropped. */
    private static List<Word> withoutSameness(List<Word> name) {
        if (name.size() == 2 && SAMENESS.contains(name.get(0).norm())) {
            return name.subList(1, 2);
        }
        if (name.size() == 2 && SAMENESS.contains(name.get(1).norm())) {
            return name.subList(0, 1);
        }
        return name;
    }

    /**
     * The issuer a statement speaks for (docs/annotation.md): "بيان الخارجية المصرية" names it; a bare "البيان" (or
     * "البيان الفرنسي") is the last speaker who spoke in a statement. Null when neither is known.
     */
    private Speaker statementIssuer(String text, List<Word> name, String role, State state, ActorIndex actors) {
        var rest = name.subList(1, name.size());
        boolean named = !rest.isEmpty() && (rest.get(0).norm().startsWith("ال") && rest.size() > 1
                || INSTITUTIONS.contains(rest.get(0).norm()) || namesSomeone(rest, actors)); // not بيان وزعه مكتب
        if (named) {
            return resolve(text, new SpeakerPhrase(rest, List.of()), state, actors);
        }
        if (state.issuer != null) {
            return state.issuer;
        }
        // no one spoke "في بيان" yet: the organization the article has named most often so far issued it
        Actor issuer = null;
        int most = 0;
        for (Actor a : actors.allWithin(new Actor.Mention(0, name.get(0).start()))) {
            int before = (int) a.mentions().stream().filter(m -> m.end() <= name.get(0).start()).count();
            if (a.type().equals("ORG") && before >= most) {
                issuer = a;
                most = before;
            }
        }
        return issuer == null ? null : new Speaker(issuer.id(), issuer.name(), null);
    }

    /**
     * Names the speaker: an actor mentioned in the name, an earlier speaker whose name ends with this one (بان →
     * أحمد بان), or an earlier named speaker whose role this bare title repeats (الخبير الأمريكي → دانيال بايمان).
     */
    private Speaker resolve(String text, SpeakerPhrase phrase, State state, ActorIndex actors) {
        String role = SpeakerPhrase.text(text, phrase.role());
        if (phrase.name().isEmpty()) {
            var key = nameWords(role);
            for (int k = state.named.size() - 1; k >= 0; k--) {
                Speaker earlier = state.named.get(k);
                if (earlier.role() != null && nameWords(earlier.role()).containsAll(key)) {
                    return earlier;
                }
            }
            var roleWords = phrase.role();
            Actor inside = actors.within(new Actor.Mention(roleWords.get(0).start(), roleWords.get(roleWords.size() - 1).end()));
            if (inside != null && inside.type().equals("PERS")) { // الرئيس السيسي: the title's chain ran over the name
                return resolve(text, new SpeakerPhrase(roleWords, List.of()), state, actors);
            }
            var described = new Speaker(null, role, role);
            state.named.add(described);
            return described;
        }
        var nameWords = withoutSameness(phrase.name());
        if (STATEMENT_NOUNS.contains(nameWords.get(0).norm())) {
            var issuer = statementIssuer(text, nameWords, role, state, actors);
            if (issuer != null) {
                return issuer;
            }
        }
        Span nameSpan = new Actor.Mention(nameWords.get(0).start(), nameWords.get(nameWords.size() - 1).end());
        String name = QUOTE_EDGES.matcher(SpeakerPhrase.text(text, nameWords)).replaceAll("");
        Actor actor = actors.within(nameSpan);
        if (actor == null) { // المحلل في شركة "الجزيرة كابتال" جاسم الجبران: the one person named in the phrase
            var people = actors.allWithin(nameSpan).stream()
                    .filter(a -> a.type().equals("PERS") && a.name().contains(" ")).toList(); // not a misread روسي
            if (people.size() == 1) {
                actor = people.get(0);
                name = actor.name();
            }
        }
        String key = Arabic.nameKey(name);
        for (int k = state.named.size() - 1; k >= 0; k--) {
            Speaker earlier = state.named.get(k);
            String earlierKey = Arabic.nameKey(earlier.text());
            boolean sameActor = actor != null && actor.id().equals(earlier.id());
            if (sameActor || earlierKey.equals(key)
                    || earlier.id() != null && earlierKey.endsWith(" " + key) && !key.contains(" ")) {
                return earlier.role() == null && role != null ? new Speaker(earlier.id(), earlier.text(), role) : earlier;
            }
        }
        if (actor == null && nameWords.size() == 1 && nameWords.get(0).norm().startsWith("ال")) {
            // المصادر، المصدر: the source described just before (مصادر أمنية قالت ... وأضافت المصادر)
            for (int k = state.named.size() - 1; k >= 0; k--) {
                Speaker earlier = state.named.get(k);
                if (earlier.id() == null && nameWords(earlier.text()).contains(key)) {
                    return earlier;
                }
            }
            if (key.equals("مصدر") || phrase.name().size() > nameWords.size()) { // نفس المصدر after "ضابط في المقاطعة": the last unnamed source
                for (int k = state.named.size() - 1; k >= 0; k--) {
                    if (state.named.get(k).id() == null && !STATEMENT_NOUNS.contains(state.named.get(k).text())) {
                        return state.named.get(k);
                    }
                }
            }
        }
        var speaker = new Speaker(actor == null ? null : actor.id(), name, role);
        state.named.add(speaker);
        return speaker;
    }

    private Quote emit(String text, List<Word> words, int cue, Complement c, Sentence s, Speaker speaker, String medium,
                       State state) {
        int startIndex = c.index;
        if (startIndex >= words.size()) {
            return null;
        }
        Word first = words.get(startIndex);
        boolean direct = Words.isQuoteMark(first);
        int start = direct ? first.end() : first.start();
        int end = s.end();
        if (direct) {
            int close = closingMark(text, first);
            if (close > start) {
                end = close;
            }
        }
        state.sentenceSpeaker = speaker;
        if (speaker != null) {
            state.last = speaker;
            if (medium != null && Arabic.normalize(medium).startsWith("بيان")) {
                state.issuer = speaker;
            }
        }
        return quote(text, start, end, direct, speaker, verbText(words.get(cue)), medium);
    }

    private static Quote quote(String text, int start, int end, boolean direct, Speaker speaker, String verb, String medium) {
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && !"»”\"".contains(text.substring(end - 1, end))) {
            end--;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (end <= start) {
            return null;
        }
        return new Quote(start, end, text.substring(start, end), direct, speaker == null ? null : speaker.id(),
                speaker == null ? null : speaker.text(), speaker == null ? null : speaker.role(), verb, medium);
    }

    /** The reporting word as written, without a leading conjunction (وأضاف → أضاف). */
    private String verbText(Word w) {
        boolean conjoined = !w.norm().equals(w.bare()) && lexicon.lookup(w) != null
                && !w.norm().startsWith("وفق");
        String t = conjoined ? w.text().substring(1) : w.text();
        return t;
    }

    /** Where the quotation opened by {@code open} closes, searched to the end of its paragraph. */
    private static int closingMark(String text, Word open) {
        char o = open.text().charAt(0);
        String closers = o == '«' ? "»" : o == '“' ? "”" : "\"";
        int limit = text.indexOf("\n\n", open.end());
        limit = limit < 0 ? text.length() : limit;
        for (int k = open.end(); k < limit; k++) {
            if (closers.indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** A content runs to the next reporting act of its sentence, not past it. */
    private static void trimContentsAtNextAct(String text, List<Quote> quotes, Sentence s) {
        for (int k = 0; k + 1 < quotes.size(); k++) {
            Quote q = quotes.get(k);
            if (q.direct() || q.end() != s.end() && !s.contains(q)) {
                continue;
            }
            for (int m = k + 1; m < quotes.size(); m++) {
                Quote next = quotes.get(m);
                int cutAt = next.start() > q.start() ? cueBefore(text, q, next) : -1;
                if (cutAt > q.start() && cutAt < q.end()) {
                    quotes.set(k, quote(text, q.start(), cutAt, q.direct(),
                            new Speaker(q.speaker(), q.speakerText(), q.role()), q.verb(), q.medium()));
                    break;
                }
            }
        }
        quotes.removeIf(java.util.Objects::isNull);
    }

    /** Where the reporting word of {@code next} starts, searched back from its content. */
    private static int cueBefore(String text, Quote q, Quote next) {
        int at = text.lastIndexOf(next.verb(), next.start());
        return at > q.start() ? Math.max(q.start(), at - 1) : -1;
    }

    private static boolean insideEarlier(List<Quote> quotes, Word w) {
        for (Quote q : quotes) {
            if (q.direct() && q.start() <= w.start() && w.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }

    private static int indexAfter(List<Word> words, int offset) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).start() >= offset) {
                return Words.isPunct(words.get(k)) && k + 1 < words.size() ? k + 1 : k;
            }
        }
        return words.size();
    }

    private static boolean looksLikeSource(String text, List<Word> np, ActorIndex actors) {
        Word first = np.get(0);
        String n = first.norm().startsWith("ل") && first.norm().length() > 2 ? first.norm().substring(1) : first.norm();
        if (n.startsWith("ل")) {
            n = "ا" + n; // للأمم -> الأمم
        }
        if (actors.within(new Actor.Mention(first.start(), np.get(np.size() - 1).end())) != null) {
            return true;
        }
        String indefinite = n.startsWith("ال") ? n.substring(2) : n;
        // وفقا لأحدث الأساليب، حسبما أصدرت لجنة: neither a source noun, a title nor a name
        return SOURCE_NOUNS.contains(n) || SOURCE_NOUNS.contains(indefinite) || OUTLET_NOUNS.contains(indefinite)
                || RoleGrammar.isHead(new Word(first.start(), first.end(), n, n));
    }

    /** Drops the ل of "لـ X" / "لوسائل" so the source reads as written without it. */
    private static List<Word> stripPreposition(List<Word> np) {
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

    /** The word without diacritics and tatweel, hamza forms kept (أن and إن are told apart from the name بان). */
    static String stripMarks(String s) {
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
