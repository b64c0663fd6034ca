package org.rasid.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasid.core.Span;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.actors.ActorIndex;
import org.rasid.extract.roles.RoleGrammar;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Finds reporting acts sentence by sentence. A finite reporting verb takes the speaker written after it (قال
 * الوزير إن, {@link SpeakerAfterVerb}) or before it (الوزير، ...، أكد أن, {@link ImplicitSpeaker}), or else the
 * previous speaker (وأضاف أن); a participle (مشيرا، متابعا) continues the sentence's speaker; an attribution (وفقا
 * لـ، بحسب, {@link Attributions}) names its source after it and its content before or after. The content starts
 * after the complementizer أن/إن, a colon, an opening quotation mark, or the verb's preposition ({@link
 * ContentStart}), and runs to the next reporting act or the end of the sentence, of the quotation for direct speech
 * ({@link ContentEnd}); {@link Speakers} names the speakers.
 */
public final class QuoteFinder {
    private static final Set<String> DATA_NOUNS = Set.of("المعلومات", "البيانات", "الاحصاءات", "الاحصائيات", "الارقام",
            "الموشرات", "النتائج");
    /** اكتفى X بالقول: "X merely said"; the words between the verb and the reporting noun name the speaker. */
    private static final Set<String> CONTENT_WITH = Set.of("اكتفي", "اكتفت");
    private static final Set<String> IMPERSONAL = Set.of("يذكر", "يتوقع", "يرجح", "تبين", "يتبين");
    /** Particles that put an imperfect verb in the subjunctive or the future: the act is wished, expected or planned. */
    private static final Set<String> NOT_YET = Set.of("أن", "ان", "سوف", "كي", "لكي");
    /** Whom a prayer calls on (دعا الله، دعا المولى), as match keys. */
    private static final Set<String> PRAYED_TO = Set.of("الله", "المولي", "ربه");
    /** The imperfect of أفاد with its content right after it: what a report, a count or a document says. */
    private static final Set<String> REPORT_SAYING = Set.of("يفيد", "تفيد");
    /** Prepositions that open the occasion between a participle and its content (مؤكدا في اجتماع مع ... أن). */
    private static final Set<String> OCCASIONS = Set.of("في", "خلال", "لدي", "اثناء");
    /** Quantifiers that open a group called on (دعا جميع المستفيدين إلى), never the caller. */
    private static final Set<String> ALL = Set.of("جميع", "كافه", "كل", "الجميع");
    /** Particles a verb follows at the start of its clause (كما عبر، وقد عبر، ولطالما عبر), as match keys. */
    private static final Set<String> VERB_OPENERS = Set.of("كما", "وكما", "فيما", "وفيما", "قد", "وقد", "لقد", "ولقد",
            "حيث", "ثم", "كذلك", "لطالما", "ولطالما", "بينما", "وبينما", "فقد", "كان", "وكان");
    /** Prepositions with the pronoun of a relative clause's antecedent (الذي أعلن عنه، التي صرح بها). */
    private static final Set<String> ANTECEDENT_PRONOUNS = Set.of("عنه", "عنها", "به", "بها", "عنهم", "بهم");

    private final ReportingLexicon lexicon = new ReportingLexicon();
    private final ContentStart contentStart = new ContentStart(lexicon);
    private final SpeakerAfterVerb speakerAfter = new SpeakerAfterVerb(lexicon);
    private final ImplicitSpeaker implicitSpeaker = new ImplicitSpeaker(lexicon);
    private final Attributions attributions = new Attributions(lexicon);

    /**
     * The quotes of a text. Sentences inside {@code skip} (the title: headlines restate the body's acts) are not
     * searched.
     */
    public List<Quote> find(String text, List<Token> tokens, List<Sentence> sentences, ActorIndex actors, Span skip) {
        var quotes = new ArrayList<Quote>();
        var speakers = new Speakers(text, tokens, actors);
        List<Word> previousWords = null;
        List<Word> words = null;
        String headline = skip == null ? null : text.substring(skip.start(), skip.end()).strip();
        if (headline != null && SPACES.split(headline).length < HEADLINE_WORDS) {
            headline = null; // too short to tell a repetition from chance
        }
        for (Sentence s : sentences) {
            if (skip != null && (skip.contains(s) || repeatsHeadline(text, s, headline))) {
                continue;
            }
            previousWords = words;
            words = Words.in(text, s.start(), s.end());
            var sentence = new Reading(text, words, previousWords, s, speakers, actors);
            speakers.inSentence = null;
            Speaker mainClause = null;
            boolean lastConceded = false;
            int i = 0;
            while (i < words.size()) {
                Word w = words.get(i);
                var entry = lexicon.lookup(w); // first: most words report nothing, and need nothing more asked
                boolean negated = entry != null && i > 0 && QuoteWords.NEGATIONS.contains(words.get(i - 1).norm());
                if (negated && entry != null && entry.kind() == Cue.Kind.verb && i >= sentence.consumedUntil) {
                    subjectOfNegated(sentence, i, entry.preposition());
                }
                if (entry == null && i >= sentence.consumedUntil && LightVerbs.isVerb(w) && !ContentEnd.insideDirect(quotes, w)) {
                    Quote q = lightVerb(sentence, i);
                    if (q != null) {
                        quotes.add(q);
                        mainClause = speakers.last;
                    }
                    i++;
                    continue;
                }
                if (entry == null || i < sentence.consumedUntil || ContentEnd.insideDirect(quotes, w) || negated
                        || (i > 0 && isNotYetMade(words.get(i - 1), w))
                        || (i > 0 && words.get(i - 1).norm().equals("حد")) // على حد قوله: "as he put it"
                        || entry.kind() == Cue.Kind.verb && isPredicateOfReported(quotes, s, words, i)) {
                    i++;
                    continue;
                }
                Quote q = switch (entry.kind()) {
                    case verb -> verb(sentence, i, entry.preposition());
                    case participle -> participle(sentence, i, entry.preposition());
                    case noun -> noun(sentence, i);
                    case attribution -> attributions.at(text, words, i, s, speakers, actors, quotes);
                };
                if (q != null) {
                    quotes.add(q);
                    lastConceded = QuoteWords.inConcession(words, i);
                    mainClause = lastConceded ? mainClause : speakers.last;
                }
                i++;
            }
            if (lastConceded && mainClause != null) {
                speakers.last = mainClause; // وندد أوباما ... مع أن البعض منهم قال ... وتابع: Obama goes on, not "some"
            }
            ContentEnd.trimAtNextAct(text, quotes, s);
        }
        return LaterNames.apply(quotes);
    }

    /** Words at least in a headline whose repetition in the body is taken for one (a share line, a footer). */
    private static final int HEADLINE_WORDS = 4;
    /** Compiled once: String.split and matches compile their pattern on every call, once per document here. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** المئة / المائة ("percent" after في), as a match key. */
    private static final Pattern HUNDRED = Pattern.compile("الما?ي(ه|ة)");

    /**
     * Whether the sentence ends with the whole headline after a label (رابط الخبر بصحيفة الوئام: HEADLINE): it
     * restates the headline, as the title does, and reports no act of its own. Read in place: it is asked of every
     * sentence.
     */
    private static boolean repeatsHeadline(String text, Sentence s, String headline) {
        if (headline == null || s.end() - s.start() <= headline.length()) {
            return false;
        }
        int end = s.end();
        while (end > s.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - headline.length() >= s.start() && text.startsWith(headline, end - headline.length());
    }

    /** The sentence being read, with the one before it, and how far the last act's speaker words reached. */
    private static final class Reading {
        final String text;
        final List<Word> words;
        final List<Word> previousWords;
        final Sentence sentence;
        final Speakers speakers;
        final ActorIndex actors;
        int consumedUntil = -1;

        Reading(String text, List<Word> words, List<Word> previousWords, Sentence sentence, Speakers speakers,
                ActorIndex actors) {
            this.text = text;
            this.words = words;
            this.previousWords = previousWords;
            this.sentence = sentence;
            this.speakers = speakers;
            this.actors = actors;
        }
    }

    private Quote verb(Reading r, int v, String prep) {
        var words = r.words;
        if (isImpersonal(words, v) || isRelativeOnAntecedent(words, v)) {
            return null;
        }
        int j = SpeakerAfterVerb.start(words, v);
        if (j == v + 2 && speechNounBefore(words, v) && j < words.size() && opensContent(words.get(j), prep)) {
            // ألقى الوزير كلمة أكد فيها أهمية ...، أصدرت الوزارة بيانا قالت فيه إن: the clause of the speech noun, said
            // by whoever gave the speech
            Speaker giver = implicitSpeaker.giver(r.text, words.subList(0, v), r.speakers, r.actors);
            int content = contentStart.after(words, j, prep);
            if (giver != null) {
                r.consumedUntil = content < 0 ? j : content;
                return emit(r, v, content < 0 ? j : content, giver, null);
            }
        }
        if (j == v + 1 && j < words.size() && SpeakerAfterVerb.isNounContent(words.get(j)) && opensClause(words, v)) {
            // وأكد دعم ...، وشدد ضرورة ...: the subject is dropped and the noun of stance opens the content
            r.consumedUntil = j;
            return emit(r, v, j, implicitSpeaker.before(r.text, words, r.previousWords, v, r.speakers, r.actors), null);
        }
        if (QuoteWords.isCallVerb(words.get(v)) && j < words.size() && PRAYED_TO.contains(words.get(j).norm())) {
            return null; // ودعا الله أن يحفظ: a prayer, not a call on anyone
        }
        if (isPollShare(words, j)) {
            return null; // أعرب 48% منهم عن معارضتهم: a share of those polled, nobody's words
        }
        int npEnd = speakerAfter.end(words, j, prep, r.actors);
        int content = contentStart.after(words, npEnd, prep);
        if (content == v + 1 && REPORT_SAYING.contains(words.get(v).bare())) {
            return null; // تلقت بلاغا يفيد بوجود حادث، الحصيلة تفيد بسقوط: what a report or a count says, nobody's words
        }
        int addressee = content > j ? addresseeInSubject(r, v, j, npEnd) : -1;
        if (addressee > 0) {
            npEnd = addressee; // حث الطلاب أقرانهم على: whom the speaker calls on follows the speaker
            content = addressee;
        }
        if (content > j && isCalledOn(r, v, j)) {
            npEnd = j; // ودعا جميع المستفيدين إلى: what follows is whom the speaker calls on, and part of the call
            content = j;
        }
        if (content < 0 && npEnd > j && npEnd < words.size() && SpeakerAfterVerb.isNounContent(words.get(npEnd))) {
            content = npEnd; // the noun of stance the speaker's name ended at (أكد الوكيل صالح العواجي، أهمية ...)
        }
        if (content < 0) {
            content = contentStart.nominalObject(words, v, npEnd, r.actors);
        }
        int[] bare = content < 0 ? BareContent.after(words, v, j, r.actors) : null;
        // وقال الدكتور حمد الحارثي ستصاحب الطفلة ...: the content right after the name, unless another act follows
        // the name (قال علي، مضيفا; وأضاف مورينيو قوله)
        if (bare != null && lexicon.lookup(words.get(bare[1])) == null) {
            npEnd = bare[0];
            content = bare[1];
        }
        boolean ambiguous = words.get(v).bare().equals("بين") && !explainsThat(words, v, content); // also "between"
        if (content < 0 || ambiguous && content > v + 1
                || words.get(v).norm().equals("عبر") && (!ContentStart.isPreposition(words.get(content), prep)
                        || isViaInRunningText(words, v))) {
            return null; // عبر without عن is the preposition "via"
        }
        npEnd = SpeakerAfterVerb.throughAffiliation(words, npEnd, content, r.actors);
        r.consumedUntil = content;
        Speaker speaker;
        var phrase = SpeakerAfterVerb.phrase(words, j, npEnd, content, r.actors);
        if (QuoteWords.isHonorificPronoun(phrase)) {
            speaker = r.speakers.honoured(words.get(v).start(), phrase.name().get(0)); // وقال سموه: the dignitary the article is about
        } else if (!phrase.isEmpty()) {
            speaker = r.speakers.resolve(phrase);
        } else if (v > 0 && DATA_NOUNS.contains(words.get(v - 1).bare())) {
            return null; // المعلومات تشير إلى أن: a data report, nobody's words
        } else {
            speaker = implicitSpeaker.before(r.text, words, r.previousWords, v, r.speakers, r.actors);
        }
        var quote = emit(r, v, content, speaker, Media.mediumOf(r.text, words, npEnd, content));
        for (int k = npEnd; speaker != null && k + 1 < content; k++) {
            if (words.get(k).norm().equals("في") && words.get(k + 1).norm().startsWith("بيان")) {
                r.speakers.issuer = speaker; // في بيان after an outlet (وفقا لوكالة الأنباء في بيان)
            }
        }
        return quote;
    }

    /** جدد الرئيس التأكيد على أن، ختم الوزير حديثه بأن: the speaker between the light verb and its speech noun. */
    private Quote lightVerb(Reading r, int v) {
        var words = r.words;
        int noun = LightVerbs.speechNoun(words, v, lexicon);
        int content = noun < 0 ? -1 : LightVerbs.contentAfter(words, noun, contentStart, lexicon);
        if (content < 0 || content >= words.size()) {
            return null;
        }
        int npEnd = Math.min(speakerAfter.end(words, v + 1, null, r.actors), noun);
        var np = words.subList(v + 1, npEnd);
        // a title naming no one (وختم نائب وزير الصحة حديثه) is read whole, to find who bore it before
        var phrase = np.isEmpty() || Mentions.namesSomeone(np, r.actors) ? SpeakerAfterVerb.phrase(words, v + 1, npEnd, npEnd, r.actors)
                : new SpeakerPhrase(List.of(), np);
        Actor closing = noun > v + 1 ? LightVerbs.closingPerson(words.subList(v + 1, noun), r.actors) : null;
        Speaker speaker = closing != null ? r.speakers.person(closing) // a title chain, then the name, then where it was said
                : phrase.isEmpty() ? implicitSpeaker.before(r.text, words, r.previousWords, v, r.speakers, r.actors)
                : r.speakers.resolve(phrase);
        Speaker current = r.speakers.current();
        if (phrase.name().isEmpty() && speaker != null && speaker.id() == null && current != null && current.id() != null) {
            speaker = current; // وختم نائب الوزير حديثه: a title no one named bore is the person who has been speaking
        }
        r.consumedUntil = content;
        r.speakers.spoke(speaker, null);
        return ContentEnd.from(r.text, words.get(content), r.sentence, speaker, LightVerbs.asWritten(words.get(v)), null);
    }

    /**
     * Whether the words at {@code j} after the call verb at {@code v} name whom it calls on: a group opened by a
     * quantifier (دعا جميع المستفيدين إلى) or a plural in the accusative (دعا المتنزهين إلى), or a place when the
     * verb opens the sentence and continues the one who spoke in the sentence before (قالت السفيرة إن ... ودعت طهران
     * إلى): a place called on, not a new speaker.
     */
    private static boolean isCalledOn(Reading r, int v, int j) {
        var words = r.words;
        if (!QuoteWords.isCallVerb(words.get(v)) || j >= words.size()) {
            return false;
        }
        if (ALL.contains(words.get(j).norm()) || isAccusativePlural(words.get(j))
                && r.actors.allWithin(new Actor.Mention(words.get(j).start(), words.get(j).end())).isEmpty()) {
            return true;
        }
        Speaker last = r.speakers.last;
        if (v > 0 || r.speakers.inSentence != null || last == null) {
            return false;
        }
        Actor.Mention m = Mentions.longestAt(words.get(j), r.sentence.end(), r.actors);
        Actor named = m == null ? null : r.actors.within(m);
        Actor lastActor = last.id() == null ? null : r.actors.byId(last.id());
        return named != null && named.type().equals("LOC") && (lastActor == null || !lastActor.type().equals("LOC"));
    }

    /**
     * A definite plural or dual in the accusative (المواطنين، الطرفين): after a call verb it is whom the verb calls on;
     * its subject would be in -ون (دعا المتظاهرون إلى).
     */
    private static boolean isAccusativePlural(Word w) {
        String n = w.norm();
        return n.length() >= 7 && n.startsWith("ال") && n.endsWith("ين");
    }

    /**
     * Where whom a call verb calls on starts inside the words read as its subject: a noun with a pronoun of the
     * subject (حث الطلاب أقرانهم، دعا المحتجون أنصارهم), not part of a name; -1 when there is none.
     */
    private static int addresseeInSubject(Reading r, int v, int j, int npEnd) {
        if (!QuoteWords.isCallVerb(r.words.get(v))) {
            return -1;
        }
        for (int k = j + 1; k < npEnd; k++) {
            Word w = r.words.get(k);
            String n = w.norm();
            if (n.length() > 4 && (n.endsWith("هم") || n.endsWith("هن") || n.endsWith("ها")) && !n.startsWith("ال")
                    && r.actors.allWithin(new Actor.Mention(w.start(), w.end())).isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A negated act is not counted, but its subject still speaks in the sentence (ولم يؤكد المتحدث ... المعارك،
     * مكتفيا بالقول إن ...).
     */
    private void subjectOfNegated(Reading r, int v, String prep) {
        int j = SpeakerAfterVerb.start(r.words, v);
        Actor.Mention named = j < r.words.size() ? Mentions.longestAt(r.words.get(j), r.sentence.end(), r.actors) : null;
        if (j >= r.words.size() || named == null && RoleGrammar.roleLength(r.words, j) == 0) {
            return; // لا يرى دورا للأسد: the subject is dropped and what follows is the object
        }
        int npEnd = speakerAfter.end(r.words, j, prep, r.actors);
        var phrase = SpeakerAfterVerb.phrase(r.words, j, npEnd, npEnd, r.actors);
        if (!phrase.name().isEmpty()) { // no content marks where the subject ends: it ends with the actor it names
            var name = phrase.name();
            Actor.Mention m = Mentions.longestAt(name.get(0), name.get(name.size() - 1).end(), r.actors);
            if (m != null) {
                phrase = new SpeakerPhrase(name.stream().filter(m::contains).toList(), phrase.role());
            }
        }
        if (!phrase.isEmpty() && !phrase.name().isEmpty() || !phrase.role().isEmpty()) {
            r.speakers.inSentence = r.speakers.resolve(phrase);
        }
    }

    private Quote participle(Reading r, int p, String prep) {
        var words = r.words;
        int content = p + 1 < words.size() && SpeakerAfterVerb.isNounContent(words.get(p + 1)) ? p + 1 // مؤكدا عزم الشركة
                : contentStart.after(words, p + 1, prep);
        if (content < 0 || content > p + 3 && !isOccasion(words, p + 1, content)) {
            return null;
        }
        Speaker speaker = r.speakers.inSentence;
        int honorific = speaker == null ? honorificSubject(words, p) : -1;
        if (honorific > 0) { // ورحب سموه بالفريق المحرج ...، موضحاً: the dignitary, not the guest named after him
            speaker = r.speakers.honoured(words.get(honorific).start(), words.get(honorific));
        }
        if (speaker == null && p > 0) {
            speaker = ParticipleSubject.of(words, p, r.actors, r.speakers);
        }
        if (speaker == null) {
            speaker = r.speakers.last;
        }
        if (FeminineSubject.isFeminine(words.get(p)) && FeminineSubject.disagrees(speaker, r.actors)) {
            Speaker subject = FeminineSubject.of(r.text, words, p, speaker, r.actors, r.speakers); // مشيرة after a man spoke
            speaker = subject != null ? subject : speaker;
        }
        return emit(r, p, content, speaker, null);
    }

    /**
     * Where a pronoun of dignity stands as the subject of the verb opening the sentence (ورحب سموه، وأثنى معاليه على)
     * before the participle at {@code p}; -1 when none does.
     */
    private static int honorificSubject(List<Word> words, int p) {
        return p > 1 && QuoteWords.isHonorificPronoun(words.get(1)) ? 1 : -1;
    }

    /** قوله / بقوله: the speaker is the "عن X" before it (نقلت الوكالة عن مصدر قوله) or the current one. */
    private Quote noun(Reading r, int n) {
        var words = r.words;
        int content = contentStart.after(words, n + 1, null);
        if (content < 0 || content > n + 2) {
            content = n + 1;
            if (n + 1 >= words.size()) {
                return null;
            }
        }
        Speaker speaker = null;
        for (int k = n - 1; k >= Math.max(0, n - QuoteWords.MAX_SPEAKER_WORDS); k--) {
            boolean merely = CONTENT_WITH.contains(words.get(k).bare()) && k + 1 < n; // واكتفى الناطق بالقول
            if (words.get(k).norm().equals("عن") || merely) {
                var phrase = SpeakerPhrase.parse(words.subList(k + 1, n));
                speaker = phrase.isEmpty() ? null : r.speakers.resolve(phrase);
                break;
            }
        }
        if (speaker == null) {
            speaker = r.speakers.current();
        }
        return emit(r, n, content, speaker, null);
    }

    private Quote emit(Reading r, int cue, int content, Speaker speaker, String medium) {
        if (content >= r.words.size()) {
            return null;
        }
        r.speakers.spoke(speaker, medium);
        return ContentEnd.from(r.text, r.words.get(content), r.sentence, speaker, lexicon.asWritten(r.words.get(cue)), medium);
    }

    /**
     * Whether the words {@code [from, content)} between a participle and its content are where it was said, with no
     * break in between (مؤكدا في اجتماع مع الجهات العاملة في المنفذ أن).
     */
    /** Words at most between a reported clause's أن and a verb that is that clause's own predicate. */
    private static final int REPORTED_SUBJECT_WORDS = 5;

    /**
     * Whether the verb at {@code v} is the predicate of the reported clause before it (لفت إلى أن عملية تحرير عدن
     * كشفت عن): the last quote of the sentence opens with أن a few words before it, no punctuation or conjunction
     * between, so the words before the verb are the clause's subject, not a new speaker.
     */
    private static boolean isPredicateOfReported(List<Quote> quotes, Sentence s, List<Word> words, int v) {
        if (quotes.isEmpty() || words.get(v).stripped()) {
            return false;
        }
        Quote last = quotes.get(quotes.size() - 1);
        if (last.direct() || last.start() < s.start() || last.start() >= words.get(v).start()) {
            return false;
        }
        int k = v - 1;
        while (k >= 0 && words.get(k).start() >= last.start()) {
            if (Words.isPunct(words.get(k)) || v - k > REPORTED_SUBJECT_WORDS || QuoteWords.isComplementizer(words.get(k))) {
                return false;
            }
            k--;
        }
        // أن، إن، بأن bare: after أنه، إنه the clause often opens with an adverb (إنه بحلول 2030 يتوقع الخبراء)
        String opener = k >= 0 ? words.get(k).norm() : "";
        return k < v - 1 && (opener.equals("ان") || opener.equals("بان")) && QuoteWords.isComplementizer(words.get(k));
    }

    private static boolean isOccasion(List<Word> words, int from, int content) {
        if (content - from > 10 || !OCCASIONS.contains(words.get(from).norm())) {
            return false;
        }
        return words.subList(from, content - 1).stream().noneMatch(Words::isClauseBreak);
    }

    /**
     * Whether the verb at {@code v} follows a speech noun given by the sentence's subject, maybe with its adjective
     * (كلمة أكد فيها، بيانا صحفيا قالت فيه), and so opens a relative clause of it.
     */
    private static boolean speechNounBefore(List<Word> words, int v) {
        for (int k = v - 1; k >= Math.max(0, v - 2); k--) {
            if (Media.MEDIUM_NOUNS.contains(words.get(k).norm())) {
                // the object of who gave it (ألقى كلمة), not an occasion (في لقاء تلفزيوني قال فيه): that one's
                // speaker may be anyone the sentence named before
                return k == 0 || !OCCASIONS.contains(words.get(k - 1).norm()) && !words.get(k - 1).norm().equals("عبر");
            }
            if (Words.isPunct(words.get(k))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the verb at {@code v} opens its clause with its subject dropped: first in the sentence or joined by و
     * (وأكد), not after a relative pronoun (الوزير الذي بين أهمية) or a subject written before it (الهجوم يؤكد).
     */
    private static boolean opensClause(List<Word> words, int v) {
        return v == 0 || words.get(v).stripped() && words.get(v).norm().startsWith("و");
    }

    /** A content that opens right after the verb's pronoun: أن/إن, the verb's preposition, a mark or a noun of stance. */
    private static boolean opensContent(Word w, String prep) {
        return ContentStart.isComplementStart(w, prep) || Words.isOpeningQuoteMark(w) || w.text().equals(":")
                || SpeakerAfterVerb.isNounContent(w);
    }

    /**
     * الاستفتاء الذي أعلن عنه، القرار الذي صرح به: a reporting verb after a relative pronoun whose preposition takes up
     * the antecedent; what was said is that antecedent, written before the verb and no content of its own.
     */
    private static boolean isRelativeOnAntecedent(List<Word> words, int v) {
        return v > 0 && v + 1 < words.size() && QuoteWords.RELATIVES.contains(words.get(v - 1).norm())
                && ANTECEDENT_PRONOUNS.contains(words.get(v + 1).norm());
    }

    /**
     * Whether بين at {@code v} is the verb "explained" although words stand between it and its content: the content
     * opens after a complementizer (وبين الصباغ أن، كما بين المصدر، أن، بين أنه), nothing between is joined by و or is
     * a dual or plural, as the two sides of the preposition "between" are (بين الجيش والمسلحين، بين البلدين), and no
     * "between" comes just before (بينه وبين ناديه).
     */
    private static boolean explainsThat(List<Word> words, int v, int content) {
        if (content < 0 || content >= words.size()
                || !QuoteWords.isComplementizer(words.get(content - 1)) && !QuoteWords.isComplementizer(words.get(content))) {
            return false;
        }
        for (int k = Math.max(0, v - 3); k < v; k++) {
            if (words.get(k).bare().startsWith("بين")) {
                return false; // الأزمة بينه وبين ناديه: the second side of "between"
            }
        }
        for (int k = v + 1; k < content; k++) {
            Word w = words.get(k);
            if (w.stripped() && w.norm().startsWith("و") || w.norm().startsWith("ال") && w.norm().endsWith("ين")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether عبر at {@code v} is the preposition "via" in the middle of a clause (المارين عبر أجهزة الكشف عن المعادن،
     * احترف بالهلال حتى 2009 عبر حسابه في تويتر عن رغبته): the verb "expressed" opens its clause (وعبر، من جانبه،
     * عبر، كما عبر، الذي عبر) or has عن right after it (الوزير عبر عن), the preposition follows a word of the clause
     * and a noun follows it.
     */
    private static boolean isViaInRunningText(List<Word> words, int v) {
        if (v == 0 || words.get(v).stripped() || v + 1 < words.size() && words.get(v + 1).norm().equals("عن")) {
            return false;
        }
        Word before = words.get(v - 1);
        return !Words.isPunct(before) && !VERB_OPENERS.contains(before.norm()) && !QuoteWords.RELATIVES.contains(before.norm());
    }

    /** A number followed by a percent sign or "في المئة": the subject is a share of a poll or a count. */
    private static boolean isPollShare(List<Word> words, int j) {
        if (j + 1 >= words.size() || !allDigits(words.get(j).text())) {
            return false;
        }
        String next = words.get(j + 1).norm();
        return next.equals("%") || next.equals("٪") || next.startsWith("بالمي") || next.startsWith("بالماي")
                || next.equals("في") && j + 2 < words.size() && HUNDRED.matcher(words.get(j + 2).norm()).matches();
    }

    /**
     * يذكر أن، يتوقع أنه، يرجح أن، تبين أنهم: "it is mentioned / expected / likely / turned out that" reports no one's words, whatever
     * pronoun the complementizer carries.
     */
    private static boolean isImpersonal(List<Word> words, int v) {
        if (v + 1 >= words.size() || !IMPERSONAL.contains(words.get(v).bare())) {
            return false;
        }
        String next = QuoteWords.stripMarks(words.get(v + 1).text());
        return QuoteWords.isComplementizer(words.get(v + 1)) && (next.startsWith("أ") || next.startsWith("ا"));
    }

    /**
     * متوقعا أن تعلن الشركة، سوف يعلن: an imperfect verb after أن or سوف reports an act to come, not one made (أن before
     * a past verb, أكد أن قال, is left alone).
     */
    private static boolean isNotYetMade(Word particle, Word verb) {
        char first = verb.bare().charAt(0);
        return NOT_YET.contains(QuoteWords.stripMarks(particle.text())) && (first == 'ي' || first == 'ت' || first == 'ن');
    }

    /** A loop rather than {@code chars().allMatch}: this is asked of the word before every reporting verb. */
    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
