package org.rasid.extract.quotes;

import java.util.List;
import java.util.Set;
import org.rasid.core.model.Sentence;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.actors.ActorIndex;
import org.rasid.extract.roles.RoleGrammar;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Attributions (وفقا لـ، بحسب، حسبما، نقلا عن): the source is named after the cue, the content is the clause before
 * it, or after the source when the cue opens its clause (وبحسب المصدر، فإن ...).
 */
final class Attributions {
    private static final Set<String> SOURCE_NOUNS = Set.of("مصدر", "مصادر", "مسوول", "مسوولون", "مسوولين", "وكاله",
            "صحيفه", "وسائل", "شهود", "بيان", "تقرير", "تقارير", "ناشطون", "ناشطين", "سكان", "مراسل", "تقديرات", "احصاءات",
            "ارقام", "معلومات", "مرصد", "مسعفون");

    /** Sources that are documents or counts, whose ل-phrase names their author (حصيلة لوكالة فرانس برس), match keys. */
    private static final Set<String> AUTHORED = Set.of("حصيله", "تقرير", "بيان", "ارقام", "احصاء", "احصاءات", "تقديرات",
            "دراسه", "استطلاع", "معلومات", "بيانات");
    /** Demonstratives that refer a source back to one named before (بحسب هؤلاء، وفقا لهذه المصادر), as match keys. */
    private static final Set<String> DEMONSTRATIVES = Set.of("هولاء", "هذه", "هذا", "تلك", "ذلك", "لهولاء", "لهذه", "لهذا");

    /** Groups of people a later هؤلاء takes up, as match keys. */
    private static final Set<String> GROUP_NOUNS = Set.of("مراقبون", "مراقبين", "محللون", "محللين", "خبراء", "مسوولون",
            "مسوولين", "دبلوماسيون", "دبلوماسيين", "ناشطون", "ناشطين", "معارضون", "شهود", "سكان", "مصادر", "مختصون",
            "اقتصاديون", "متعاملون", "مستثمرون", "تجار");

    /** A preposition with the pronoun that takes up ما after the verb (حسب ما صرح به، وفقا لما أعلن عنه). */
    private static final Set<String> PRONOUN_OBJECTS = Set.of("به", "عنه", "فيه");

    private final ReportingLexicon lexicon;

    Attributions(ReportingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The quote of the attribution cue at {@code a}, or null when no source follows it; {@code found} are the sentence's quotes so far. */
    Quote at(String text, List<Word> words, int a, Sentence s, Speakers speakers, ActorIndex actors, List<Quote> found) {
        if (found.stream().anyMatch(q -> q.start() == words.get(a).start())) {
            return null; // وقال: بحسب المعلومات التي تلقيناها فإن ...: the speaker cites a source in his own words
        }
        String cue = words.get(a).bare();
        int np = a + 1;
        boolean saidBy = false; // the cue names a reporting verb (حسب ما قاله X): what follows is its subject
        if ((cue.equals("وفقا") || cue.equals("طبقا")) && np < words.size() && words.get(np).norm().equals("ل")) {
            np++;
        } else if (cue.equals("نقلا") && np < words.size() && words.get(np).norm().equals("عن")) {
            np++;
        } else if (cue.equals("حسبما") && np < words.size() && lexicon.lookup(words.get(np)) != null) {
            np++;
        } else if ((cue.equals("حسب") || cue.equals("بحسب")) && np + 1 < words.size() && words.get(np).norm().equals("ما")
                && isReportingVerb(words.get(np + 1))) {
            np += 2;
            saidBy = true;
        } else if ((cue.equals("وفقا") || cue.equals("طبقا")) && np + 1 < words.size() && words.get(np).norm().equals("لما")
                && isReportingVerb(words.get(np + 1))) {
            np += 2; // وفقا لما ذكره، طبقا لما أعلنه: "according to what X said"
            saidBy = true;
        } else if (cue.equals("وفقا") || cue.equals("نقلا") || cue.equals("طبقا")) {
            if (np >= words.size() || !words.get(np).norm().startsWith("ل") && !cue.equals("نقلا")) {
                return null;
            }
        }
        if (np > a + 1 && np < words.size() && PRONOUN_OBJECTS.contains(words.get(np).norm())) {
            np++; // حسب ما صرح به المسؤولون: the pronoun is ما, the source follows
        }
        int quotedEnd = quotedSource(words, np);
        if (quotedEnd > 0) {
            np++; // وبحسب "رويترز"، فإن: the source in quotation marks
        }
        int npEnd = np;
        boolean unnamed = np < words.size() && QuoteWords.isUnnamedSource(words.get(np));
        while (npEnd < words.size() && npEnd - np < 8 && !Words.isPunct(words.get(npEnd))
                && !ContentStart.isComplementStart(words.get(npEnd), null)
                && (npEnd == np || !QuoteWords.CUTS.contains(words.get(npEnd).norm()) && !toOutlet(words, np, npEnd)
                        // بحسب ما قال المصدر مشيرا إلى: the source's next act; not the verb of وفق ما أعلن X
                        && (lexicon.lookup(words.get(npEnd)) == null || words.get(npEnd - 1).norm().equals("ما"))
                        && (!unnamed || describesSource(words.get(npEnd))))) {
            // وبحسب مصدر عسكري مالي تمكن مواطن ...: an unnamed source is its noun and adjectives, the content follows
            npEnd++;
        }
        if (npEnd == np) {
            return null;
        }
        if (quotedEnd < 0 && npEnd < words.size() && Media.isOutletNoun(words.get(npEnd - 1))) {
            int close = quotedSource(words, npEnd); // حسب صحيفة «هآرتس»، وفقا لشبكة "سكاي سبورتس": the outlet's name
            npEnd = close > 0 ? close + 1 : npEnd;
        }
        var npWords = words.subList(np, npEnd);
        String medium = null;
        if (npEnd < words.size() && toOutlet(words, np, npEnd)) {
            int mediumEnd = npEnd; // وحسب مصادر لـ«الشرق الأوسط»، فإن: the outlet the sources spoke to, then the content
            while (mediumEnd < words.size() && mediumEnd - npEnd < 8 && !Words.isClauseBreak(words.get(mediumEnd))
                    && !QuoteWords.isComplementizer(words.get(mediumEnd)) && !words.get(mediumEnd).norm().equals("فان")) {
                mediumEnd++;
            }
            medium = Media.mediumOf(text, words, npEnd, mediumEnd);
            npEnd = mediumEnd;
        }
        if (quotedEnd > 0) {
            npEnd = quotedEnd + 1;
        }
        boolean demonstrative = DEMONSTRATIVES.contains(npWords.get(0).norm());
        if (demonstrative && npWords.size() > 1) {
            npWords = npWords.subList(1, npWords.size()); // بحسب هذه المصادر: the sources named before
        }
        Speaker speaker;
        if (demonstrative && npWords.size() == 1 && DEMONSTRATIVES.contains(npWords.get(0).norm())) {
            speaker = referredGroup(text, s, speakers); // بحسب هؤلاء
            if (speaker == null) {
                return null;
            }
        } else {
            if (!saidBy && !looksLikeSource(npWords, actors)) {
                return null;
            }
            var phrase = SpeakerPhrase.parse(QuoteWords.stripPreposition(npWords));
            if (phrase.name().isEmpty() && phrase.role().isEmpty()) {
                return null; // nothing after the cue names a source (حسبما أوضح د.هشام: the cue is followed by a verb)
            }
            speaker = speakers.resolve(phrase);
        }
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
            while (c < words.size() && (Words.isClauseBreak(words.get(c))
                    || QuoteWords.isComplementizer(words.get(c))
                    || words.get(c).norm().equals("فان"))) {
                c++;
            }
            if (c >= words.size()) {
                return null;
            }
            speakers.spoke(speaker, medium);
            return ContentEnd.from(text, words.get(c), s, speaker, lexicon.asWritten(words.get(a)), medium);
        }
        int start = words.get(clauseStart).start();
        int end = words.get(before - 1).end();
        if (end <= start) {
            return null;
        }
        boolean direct = Words.isQuoteMark(words.get(clauseStart));
        speakers.spoke(speaker, medium); // the source a later وأضاف continues (..., طبقا لما ذكره X. وأضاف: ...)
        return ContentEnd.quote(text, start, end, direct, speaker, lexicon.asWritten(words.get(a)), medium);
    }

    /**
     * Whether a word goes on with an unnamed source's description: an indefinite adjective (أمني، طبية، مطلعة، محليين،
     * فلسطينيون) or a source joined to it by و (مصدر طبي وشهود عيان، مصادر أمنية وطبية).
     */
    private static boolean describesSource(Word w) {
        String n = w.norm();
        if (w.stripped() && n.startsWith("و")) {
            return true;
        }
        return !n.startsWith("ال") && n.length() >= 3 && (ParticipleSubject.isSourceAdjective(w) || n.endsWith("ي")
                || n.endsWith("يون") || n.endsWith("يين") || n.endsWith("يه") || n.endsWith("يات") || n.equals("عيان"));
    }

    /**
     * لـ before an outlet, or لصحيفة، لوكالة, after the source at {@code np}: whom the source spoke to, not part of its
     * name; after a count or a report (حصيلة لوكالة فرانس برس) it names the author.
     */
    private static boolean toOutlet(List<Word> words, int np, int k) {
        String n = words.get(k).norm();
        return (n.equals("ل") || Media.isOutletAfterLam(n)) && !AUTHORED.contains(words.get(np).norm());
    }

    /**
     * Whom a bare هؤلاء refers to: the group the sentence before names (ويرى مراقبون أن ... وبحسب هؤلاء), else the
     * last who spoke.
     */
    private static Speaker referredGroup(String text, Sentence s, Speakers speakers) {
        var before = Words.in(text, Math.max(0, s.start() - 600), s.start());
        for (int k = before.size() - 1; k >= 0; k--) {
            Word w = before.get(k);
            if (w.text().equals(".") && k < before.size() - 1) {
                break; // only the sentence before
            }
            String n = Arabic.withoutArticle(w.norm());
            if (GROUP_NOUNS.contains(n)) {
                return speakers.resolve(new SpeakerPhrase(List.of(w), List.of()));
            }
        }
        return speakers.last;
    }

    /** A reporting verb, also with the object pronoun ه that takes up ما (ذكره، أعلنه، قالته). */
    private boolean isReportingVerb(Word w) {
        if (lexicon.lookup(w) != null) {
            return true;
        }
        String n = w.norm();
        return n.endsWith("ه") && n.length() > 3 && lexicon.lookup(new Word(w.start(), w.end() - 1,
                w.text().substring(0, w.text().length() - 1), n.substring(0, n.length() - 1))) != null;
    }

    /** The index of the closing mark of a short quoted source starting at {@code np} ("رويترز"), or -1. */
    private static int quotedSource(List<Word> words, int np) {
        if (np >= words.size() || !Words.isQuoteMark(words.get(np))) {
            return -1;
        }
        int close = ContentStart.skipQuoted(words, np);
        return close > np + 1 && close - np <= 5 && close < words.size() ? close : -1;
    }

    private static int indexAfter(List<Word> words, int offset) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).start() >= offset) {
                return Words.isPunct(words.get(k)) && k + 1 < words.size() ? k + 1 : k;
            }
        }
        return words.size();
    }

    private static boolean looksLikeSource(List<Word> np, ActorIndex actors) {
        Word first = np.get(0);
        String n = first.norm().startsWith("ل") && first.norm().length() > 2 ? first.norm().substring(1) : first.norm();
        if (n.startsWith("ل")) {
            n = "ا" + n; // للأمم -> الأمم
        }
        if (actors.within(new Actor.Mention(first.start(), np.get(np.size() - 1).end())) != null) {
            return true;
        }
        String indefinite = Arabic.withoutArticle(n);
        // وفقا لأحدث الأساليب، حسبما أصدرت لجنة: neither a source noun, a title nor a name
        return SOURCE_NOUNS.contains(n) || SOURCE_NOUNS.contains(indefinite) || Media.OUTLET_NOUNS.contains(indefinite)
                || QuoteWords.INSTITUTIONS.contains(n) // وحسب الهيئة، فإن ...
                || RoleGrammar.isHead(new Word(first.start(), first.end(), n, n));
    }
}
