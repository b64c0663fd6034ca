package org.rasid.extract.events;

import java.util.List;
import java.util.Set;
import org.rasid.core.Span;
import org.rasid.core.model.Entity;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * What the words around a trigger say about the telling it belongs to ({@link Retellings}): whether it is marked as
 * another happening, whether its date is only the day the news was told, and whether the sentence states where it
 * happened.
 */
final class TellingCues {
    /** Words that set a happening apart from one told before (هجوم آخر، حادثة منفصلة، هجوم مماثل، في تطور آخر، وصلت أيضا). */
    private static final Set<String> OTHER = Set.of("اخر", "اخري", "منفصل", "منفصله", "مماثل", "مماثله", "جديد", "جديده",
            "احدث", "ثان", "ثاني", "ثانيه", "ثالث", "ثالثه", "ايضا");
    /** How many words before the trigger such a word may mark it (وفي حادثة منفصلة نسبت أيضا إلى الحزب، قتل ...). */
    private static final int OTHER_BEFORE = 8;
    private static final int OTHER_AFTER = 2;
    private static final int COUNT_REACH = 3;
    /** Number words that count what follows them (ست غارات، ثلاث هجمات). */
    private static final Set<String> NUMBERS = Set.of("اثنتي", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته",
            "سبع", "سبعه", "ثماني", "ثمان", "ثمانيه", "تسع", "تسعه", "عشر", "عشره", "عشرات", "عده", "سلسله");
    /** Dual event nouns (الهجومين، التفجيرين): a back-reference to two happenings, not one. */
    private static final List<String> DUALS = List.of("هجومين", "تفجيرين", "انفجارين", "اعتداءين", "حادثين", "غارتين");
    /** Complementizers: a date before one dates the statement that reports the event (قال مسعفون أمس إن ...). */
    private static final Set<String> THAT = Set.of("ان", "انه", "انها", "انهم", "بان", "بانه", "بانها");
    /** Verbs of telling: a date right after one (كما أعلنت الحكومة مساء الأحد) dates the statement. */
    private static final Set<String> TOLD = Set.of("قال", "قالت", "قالوا", "اعلن", "اعلنت", "اعلنوا", "ذكر", "ذكرت", "افاد",
            "افادت", "اكد", "اكدت", "صرح", "اوضح", "اوضحت", "اضاف", "اضافت", "اشار", "اشارت", "كشف", "كشفت", "نقلت");
    private static final int TOLD_REACH = 4;
    /** Verbs that state that something took place (وقع الهجوم في، الانفجار وقع بمنطقة، التفجيرات التي وقعت في). */
    private static final Set<String> HAPPENED = Set.of("وقع", "وقعت", "جري", "جرت", "دار", "دارت", "اندلع", "اندلعت");
    private static final int HAPPENED_REACH = 3;
    private static final Set<String> IDIOMS = Set.of("القبض");

    private TellingCues() {
    }

    /**
     * A word near the trigger that marks another happening than one told before; a count (ست غارات، 16 غارة), which
     * tells a set of its own, often a part of one told before; and a dual (الهجومين), which takes up two.
     */
    static boolean another(List<Word> words, TriggerLexicon.Match m) {
        if (m.start() > 0 && counted(words.get(m.start() - 1)) || dual(words.get(m.start()))) {
            return true;
        }
        for (int k = Math.max(0, m.start() - OTHER_BEFORE); k < Math.min(words.size(), m.end() + OTHER_AFTER); k++) {
            if (OTHER.contains(words.get(k).bare())) {
                return true;
            }
        }
        return false;
    }

    private static boolean counted(Word before) {
        return Character.isDigit(before.norm().charAt(0)) || NUMBERS.contains(before.bare());
    }

    /**
     * The number a few words after the trigger in its clause (اعتقلت 16 آخرين، اعتقلت الشرطة 13 شخصا): how many it
     * took or struck, or null.
     */
    static String count(List<Word> words, TriggerLexicon.Match m) {
        for (int k = m.end(); k < Math.min(words.size(), m.end() + COUNT_REACH); k++) {
            if (Words.isClauseBreak(words.get(k))) {
                return null;
            }
            if (counted(words.get(k))) {
                return words.get(k).bare();
            }
        }
        return null;
    }

    private static boolean dual(Word head) {
        return head.norm().endsWith("ين") && DUALS.stream().anyMatch(head.norm()::contains);
    }

    /**
     * The event's date is the day it was reported: it stands before a complementizer that opens the report (ذكر مسؤول
     * السبت أن ... هاجموا), or right after a verb of telling (كما أعلنت الحكومة مساء الأحد).
     */
    static boolean statementDate(List<Word> words, Entity date, Span trigger) {
        if (date == null) {
            return false;
        }
        int at = Words.endingAfter(words, date.start());
        for (int k = Math.max(0, at - TOLD_REACH); k < at; k++) {
            if (TOLD.contains(words.get(k).bare())) {
                return true;
            }
        }
        if (date.end() > trigger.start()) {
            return false;
        }
        for (Word w : words) {
            if (w.start() >= date.end() && w.end() <= trigger.start() && THAT.contains(w.norm())) {
                return true;
            }
        }
        return false;
    }

    /** The trigger's words without the article and a verb's subject ending (فجروا، فجرت → فجر; غارات stays). */
    static String head(TriggerLexicon.Match m) {
        String h = Arabic.withoutArticle(String.join(" ", m.entry().words()));
        if (h.endsWith("وا")) {
            return h.substring(0, h.length() - 2);
        }
        return h.length() > 3 && h.endsWith("ت") && !h.endsWith("ات") ? h.substring(0, h.length() - 1) : h;
    }

    /**
     * The date is another's: another trigger (not a toll: قتل) stands between it and this one (الهجوم في سوروتش والهجوم الذي أوقع ... في
     * 5 حزيران), or it opens a period (منذ 13 عاما), not a happening's day.
     */
    static boolean foreignDate(List<Word> words, List<TriggerLexicon.Match> matches, TriggerLexicon.Match m, Entity date) {
        if (date == null) {
            return false;
        }
        int at = Words.endingAfter(words, date.start());
        if (at > 0 && words.get(at - 1).is("منذ")) {
            return true;
        }
        int from = Math.min(m.end(), at);
        int to = Math.max(m.start(), at);
        return matches.stream().anyMatch(o -> o != m && !o.entry().weak() && o.start() >= from && o.end() <= to);
    }

    /** A trigger whose article belongs to an idiom (ألقى القبض على): it points back to nothing. */
    static boolean idiom(TriggerLexicon.Match m) {
        return IDIOMS.contains(m.entry().words().get(0));
    }

    /** A verb of taking place within a few words of the trigger: the sentence says where the event happened. */
    static boolean placeTold(List<Word> words, TriggerLexicon.Match m) {
        for (int k = Math.max(0, m.start() - HAPPENED_REACH); k < Math.min(words.size(), m.end() + HAPPENED_REACH); k++) {
            if (HAPPENED.contains(words.get(k).norm()) || HAPPENED.contains(words.get(k).bare())) { // وقع is no و + قع
                return true;
            }
        }
        return false;
    }
}
