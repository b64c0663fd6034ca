package org.rasid.extract.events;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Wider cues than the few words before a trigger that {@link EventFinder} reads for negation and plans: a denial told
 * by a participle or a noun (نافيا وقوع هجمات، نفيه أي لقاء), a failure (لم تتمكنا من ... الاتفاق), an event that has
 * not begun yet (قبل بدء جولة المحادثات، الاستعدادات لتنفيذ العملية), "any" (أي لقاء), and a visit or meeting that is the
 * aim of the clause (دعاه لزيارة عدن). Each reaches over one clause only.
 */
final class Modality {
    /** Denials beyond the verbs in the negation list: participles and verbal nouns with a pronoun. */
    private static final Set<String> DENIALS = Set.of("نافيا", "نافيه", "نافين", "نافيين", "نفيه", "نفيها", "نفيهم",
            "نفوا", "ينفون", "نفي", "نفت", "ينفي", "تنفي",
            // what could not be done (وتعذر وصول المساعدات إلى عدن) did not happen
            "تعذر", "تعذرت", "يتعذر", "تتعذر", "استحال", "يستحيل");
    private static final Set<String> NEGATORS = Set.of("لم", "لن");
    /** Verbs of ability or success: "did not manage to" negates what follows in its clause. */
    private static final List<String> ABILITY = List.of("تمكن", "يتمكن", "تتمكن", "نتمكن", "يستطع", "تستطع", "نستطع",
            "ينجح", "تنجح", "نجح", "يفلح", "تفلح",
            // لم يسبق للتنظيم أن فجر: "never before"
            "يسبق", "تسبق");
    /** Verbal nouns of setting something up, under the purpose lam, and the words for preparing: the event is to come. */
    private static final Set<String> SETTING_UP = Set.of("لتنفيذ", "لشن", "لاطلاق", "لعقد", "لاجراء", "لبدء", "لاستئناف",
            "لاستيناف", "استعدادات", "الاستعدادات", "تحضيرات", "التحضيرات", "للتحضير", "تمهيدا");
    /** Words of purpose: what a clause is for (بهدف اعتقال، من أجل شن هجمات) has not happened by being named. */
    private static final Set<String> PURPOSES = Set.of("بهدف", "بغيه", "لغرض", "بقصد", "سعيا");
    /** After قبل, these name a start that has not come yet (قبل بدء المحادثات، قبل موعد سريان الهدنة). */
    private static final Set<String> STARTS = Set.of("بدء", "انطلاق", "موعد", "انعقاد", "سريان");
    private static final Set<String> ANY = Set.of("اي", "ايه");
    /** Kinds of operation between "any" and the event noun (أي طلعات قصف، أي عمليات هجوم): still any one. */
    private static final Set<String> KINDS = Set.of("طلعات", "طلعه", "عمليات", "عمليه", "نوع", "شكل");
    /** Preparing and plotting, with ل before the event noun (تعد لهجمات، يخطط لهجوم): the attack is to come. */
    private static final Set<String> PREPARING = Set.of("تعد", "يعد", "يعدون", "وتعد", "ويعد", "يخطط", "تخطط",
            "يخططون", "ويخطط", "وتخطط", "يحضر", "تحضر", "يحضرون");
    /**
     * Words of effort, striving and invitation: the event noun they lead to through ل، إلى or على names an aim
     * (جهودهم للقبض على، تسعى إلى استهداف، تلبية دعوة الحكومة إلى زيارة عدن), not a happening.
     */
    private static final Set<String> AIMS = Set.of("جهود", "جهودها", "جهوده", "جهودهم", "جهودا", "الجهود", "يسعي",
            "تسعي", "يسعون", "تسعيان", "سعي", "سعيه", "سعيها", "سعيهم", "دعوه", "الدعوه", "دعوته", "دعوتها", "دعوات",
            "يعمل", "تعمل", "يعملون", "نعمل");
    private static final int AIM_REACH = 5;
    /** Wishes and hopes (تمنوا أن تشهد المدينة عملية تحرير، نأمل أن يتم الاتفاق): what is wished has not happened. */
    private static final Set<String> WISHES = Set.of("تمني", "تمنت", "تمنوا", "يتمني", "تتمني", "نتمني", "يتمنون",
            "متمنيا", "متمنين", "يامل", "تامل", "نامل", "ياملون", "املا", "امله", "املها", "املهم");
    private static final int WISH_REACH = 7;
    /** The prepositions that lead from a word of effort to its aim. */
    private static final Set<String> TOWARDS = Set.of("الي", "علي");
    /** كيفية قتال التنظيم: the manner of an act, asked or agreed on, not the act. */
    private static final Set<String> MANNER = Set.of("كيفيه", "طريقه", "سبل", "وسايل");
    /** The subjunctive after these (حتى يتم تطهير، ليتم تطهير، أن تتم): what is to be done, not what was. */
    private static final Set<String> SO_THAT = Set.of("حتي", "ان", "كي", "لكي");
    private static final Set<String> PASSIVE_DO = Set.of("يتم", "تتم");
    private static final Set<String> SO_THAT_DONE = Set.of("ليتم", "لتتم");
    /** Attempts: what was tried at an arrest, a flight or a seizure may not have come about. */
    private static final List<String> ATTEMPTS = List.of("حاول", "يحاول", "تحاول", "محاوله", "محاولت", "محاولات");
    /** Kinds an attempt leaves open; an attempted attack or storming is an attack all the same. */
    private static final Set<String> OPEN_WHEN_TRIED = Set.of("ARREST", "WITHDRAWAL", "TAKEOVER", "AID", "AGREEMENT",
            "MEETING");
    private static final int DENIAL_REACH = 6;
    /** A failure governs a longer clause: لم تتمكنا من التغلب على خلافاتهما والاتفاق على ... */
    private static final int FAILURE_REACH = 8;
    private static final int PLAN_REACH = 3;
    /** How far after an event noun its future predicate may come (الانسحاب من الاتفاق سيؤدي). */
    private static final int FORETOLD_REACH = 3;
    private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");
    /** Words that look like a future verb (س + ي/ت/ن ...) and are not one. */
    private static final List<String> NOT_FUTURE = List.of("سيا", "سيطر", "سيد", "ستار", "سنوات", "سنه", "سته",
            "سينا", "سيري", "ستوك", "سيول", "ستين", "ستون");
    /** Future verbs of holding an event: after a relative (القمة التي ستعقد في باريس) they schedule it. */
    private static final List<String> HELD = List.of("ستعقد", "سيعقد", "ستجري", "سيجري", "ستقام", "سيقام", "ستنطلق",
            "سينطلق", "ستبدا", "سيبدا");
    /** How many words before the trigger a future verb governs it (سيشن التحالف غارات، ستنزل هزيمة). */
    private static final int COMING_VERB_REACH = 2;

    /** Words of a time still to come in a date phrase (غدا الجمعة، الشهر المقبل، الأسبوع القادم). */
    private static final Set<String> COMING = Set.of("غدا", "الغد", "غد", "المقبل", "المقبله", "القادم", "القادمه");
    /** How near the trigger, in characters, such a date must stand to date it (about six words). */
    private static final int COMING_REACH = 60;
    /** Compiled once: String.split compiles "\\s+" on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Modality() {
    }

    /** "للخروج غدا الجمعة في مظاهرة"، "الشهر المقبل ... قمة": an event dated to a time still to come is a plan. */
    static boolean dueLater(org.rasid.core.model.Entity date, org.rasid.core.Span trigger) {
        if (date == null) {
            return false;
        }
        int gap = date.end() <= trigger.start() ? trigger.start() - date.end() : date.start() - trigger.end();
        if (gap > COMING_REACH) {
            return false;
        }
        for (String w : SPACES.split(date.text())) {
            String n = org.rasid.extract.text.Arabic.normalize(w);
            if (COMING.contains(n) || n.startsWith("و") && COMING.contains(n.substring(1))) {
                return true;
            }
        }
        return false;
    }

    /** A denial or a failure within the clause before the trigger. */
    static boolean denied(List<Word> words, int trigger) {
        for (int k = trigger - 1; k >= Math.max(0, trigger - FAILURE_REACH); k--) {
            Word w = words.get(k);
            if (Words.isClauseBreak(w)) {
                return false;
            }
            if (trigger - k <= DENIAL_REACH && DENIALS.contains(w.bare())) {
                return true;
            }
            if (NEGATORS.contains(w.bare()) && k + 1 < trigger && ability(words.get(k + 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /** An event still to come or not a particular one: set up, prepared, before its start, or "any". */
    static boolean notYet(List<Word> words, TriggerLexicon.Match m) {
        int trigger = m.start();
        if (trigger > 0 && ANY.contains(words.get(trigger - 1).norm())
                || trigger > 1 && ANY.contains(words.get(trigger - 2).norm()) && KINDS.contains(words.get(trigger - 1).bare())) {
            return true;
        }
        if (trigger > 0 && PREPARING.contains(words.get(trigger - 1).bare()) && words.get(trigger).bare().startsWith("ل")) {
            return true;
        }
        if (trigger > 0 && (MANNER.contains(words.get(trigger - 1).bare()) || toBeDone(words, trigger))) {
            return true;
        }
        if (anyone(words, m.end())) {
            return true;
        }
        for (int k = trigger - 1; k >= Math.max(0, trigger - PLAN_REACH - 2); k--) {
            Word w = words.get(k);
            if (Words.isClauseBreak(w)) {
                break; // the clause ends here; the cues below read the trigger word and its own clause
            }
            if (trigger - k <= PLAN_REACH && (SETTING_UP.contains(w.bare()) || purpose(words, k))) {
                return true;
            }
            if (STARTS.contains(w.bare()) && k > 0 && words.get(k - 1).is("قبل")) {
                return true;
            }
        }
        return aimedVisit(words.get(trigger), m) || aimed(words, trigger)
                || OPEN_WHEN_TRIED.contains(m.entry().type()) && tried(words, trigger);
    }

    /** حتى يتم تطهير، ليتم تطهير، أن تتم: the event noun as what is to be done. */
    private static boolean toBeDone(List<Word> words, int trigger) {
        String before = words.get(trigger - 1).bare();
        return SO_THAT_DONE.contains(before)
                || PASSIVE_DO.contains(before) && trigger > 1 && SO_THAT.contains(words.get(trigger - 2).bare());
    }

    /** "اعتقال كل من ينشر أخبار التنظيم": an act aimed at whoever does something is a rule, not a happening. */
    private static boolean anyone(List<Word> words, int after) {
        return after + 1 < words.size() && words.get(after).is("كل") && words.get(after + 1).is("من");
    }

    /**
     * A word of effort or invitation within its clause before the trigger, with ل، إلى or على between them or on the
     * trigger itself (جهودهم للقبض، تسعى إلى استهداف، دعوة الحكومة اليمنية إلى زيارة عدن).
     */
    private static boolean aimed(List<Word> words, int trigger) {
        for (int k = trigger - 1; k >= Math.max(0, trigger - WISH_REACH); k--) {
            if (Words.isClauseBreak(words.get(k))) {
                break;
            }
            if (WISHES.contains(words.get(k).bare())) {
                return true;
            }
        }
        boolean towards = words.get(trigger).bare().startsWith("ل");
        for (int k = trigger - 1; k >= Math.max(0, trigger - AIM_REACH); k--) {
            Word w = words.get(k);
            if (Words.isClauseBreak(w)) {
                return false;
            }
            if (AIMS.contains(w.bare()) || AIMS.contains(org.rasid.extract.text.Arabic.withoutArticle(w.bare()))) {
                return towards;
            }
            towards |= TOWARDS.contains(w.bare());
        }
        return false;
    }

    private static boolean purpose(List<Word> words, int k) {
        return PURPOSES.contains(words.get(k).bare()) || words.get(k).is("اجل") && k > 0 && words.get(k - 1).bare().equals("من");
    }

    /**
     * "أن الانسحاب منه سيتيح لإيران ..."، "الزيارة ستبحث ...": an event noun that is the subject of a future verb in its
     * clause is foretold, not told; a deal is left alone, as it is mostly one already made (الاتفاق سيتيح).
     */
    static boolean foretold(List<Word> words, TriggerLexicon.Match m) {
        if (m.entry().type().equals("AGREEMENT") || !words.get(m.start()).bare().startsWith("ال")) {
            return false;
        }
        for (int k = m.end(); k < Math.min(words.size(), m.end() + FORETOLD_REACH); k++) {
            Word w = words.get(k);
            if (RELATIVES.contains(w.bare())) {
                return k + 1 < words.size() && HELD.contains(words.get(k + 1).bare());
            }
            if (Words.isPunct(w)) {
                return false;
            }
            if (future(w.bare())) {
                return true;
            }
        }
        return false;
    }

    /** "سيشن التحالف غارات"، "ستنزل هزيمة": a future verb just before the trigger in its clause. */
    static boolean comingVerb(List<Word> words, int trigger) {
        for (int k = trigger - 1; k >= Math.max(0, trigger - COMING_VERB_REACH); k--) {
            Word w = words.get(k);
            if (Words.isClauseBreak(w)) {
                return false;
            }
            if (future(w.bare(), 4)) {
                return true; // سيشن، ستشن: a verb of three letters with the future prefix
            }
        }
        return false;
    }

    /** سيتيح، ستبحث، سنواصل: the future prefix on a present verb. */
    private static boolean future(String w) {
        return future(w, 5);
    }

    private static boolean future(String w, int minLength) {
        return w.length() >= minLength && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0 && !w.endsWith("ه")
                && NOT_FUTURE.stream().noneMatch(w::startsWith);
    }

    /** An attempt word within the clause, up to four words before the trigger (حاول بعضهم الفرار والاستسلام). */
    static boolean tried(List<Word> words, int trigger) {
        for (int k = trigger - 1; k >= Math.max(0, trigger - 4); k--) {
            Word w = words.get(k);
            if (Words.isClauseBreak(w)) {
                return false;
            }
            String b = w.bare();
            if (ATTEMPTS.stream().anyMatch(b::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** لزيارة، للقاء، للاجتماع: a meeting noun under the lam of purpose is what someone sets out to do. */
    private static boolean aimedVisit(Word head, TriggerLexicon.Match m) {
        if (!m.entry().type().equals("MEETING")) {
            return false;
        }
        String w = head.bare();
        String form = m.entry().words().get(0);
        return w.equals("ل" + form) || w.equals("لل" + form);
    }

    private static boolean ability(String verb) {
        return ABILITY.stream().anyMatch(verb::startsWith);
    }
}
