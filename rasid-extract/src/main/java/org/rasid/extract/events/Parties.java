package org.rasid.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.core.Span;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.quotes.Quote;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Who did an event and to whom: the actors of its sentence named near the trigger, in its clause, split into agents
 * and targets. Each actor's part is read at its mention nearest the trigger, so that a country which acts in one
 * clause and is only the place in this one (هاجم انتحاريان مسبحا في شمال العراق) is no party here.
 */
final class Parties {
    record Split(List<String> agents, List<String> targets) {
    }

    private static final int REACH = 8;
    /**
     * Words of the honorific chains written before a name (نائب خادم الحرمين الشريفين صاحب السمو الملكي، الأمير X): they
     * do not put the name farther from the trigger.
     */
    private static final Set<String> HONORIFICS = Set.of("خادم", "الحرمين", "الشريفين", "صاحب", "السمو", "الملكي", "سمو",
            "معالي", "فخامه", "سعاده", "سماحه", "فضيله", "دوله", "الامير", "الملك", "الشيخ");
    /** God, named in pious phrases (بيت من بيوت الله، قاتلهم الله), is nobody's party. */
    private static final String GOD = "الله";
    /**
     * Marks that close a clause: an actor beyond one belongs to another statement (quotation marks, brackets and commas
     * do not: "الأطراف الأربعة (الاتحاد الوطني، التغيير ...) وافقت" lists the parties in brackets).
     */
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ":", "؛", ";", "!", "?", "؟");
    private static final Set<String> TARGET_MARKERS = Set.of("ضد", "علي", "استهدف", "استهدفت", "تستهدف", "يستهدف", "استهداف");
    /** Words after which a country is where something happens, not who does it (في العراق، شمال سوريا). */
    private static final Set<String> LOCATIVE = Set.of("في", "وفي", "بـ", "داخل", "شمال", "جنوب", "شرق", "غرب", "انحاء");
    /** Nouns of outlets (وكالة، صحيفة، قناة، موقع) and of those who report to them (مراسل). */
    private static final Set<String> OUTLETS = Set.of("وكاله", "صحيفه", "قناه", "موقع", "تلفزيون", "اذاعه", "شبكه",
            "مراسل", "مراسلي", "مراسله", "وكالات");
    /** Words that attribute what follows to a source (حسب، بحسب، وفقا لـ، نقلا عن). */
    private static final Set<String> ATTRIBUTIONS = Set.of("حسب", "بحسب", "وفق", "وفقا", "نقلا", "حسبما");
    /** How many words before a name an outlet noun or an attribution may stand (لوكالة الصحافة الفرنسية). */
    private static final int SOURCE_REACH = 3;
    /** Nouns of settlements and districts, after which a name is a place (not قضاء, ناحية: also "spending", "aspect"). */
    private static final Set<String> SETTLEMENTS = Set.of("مدينه", "بلده", "بلديه", "قريه", "محافظه", "منطقه", "مخيم",
            "حي", "اقليم", "مديريه", "بلدات", "قري", "مدن");
    /** How many characters after a target marker its target may start. */
    private static final int TARGET_REACH = 40;
    /** Words after which a verb opens its clause, its subject still to come (كما استهدفت ...). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("كما", "وكما", "ثم", "قد", "وقد", "فقد", "لقد");
    /** The arms or forces by which a side acts, in construct before its name (طائرات التحالف، قوات الجيش). */
    private static final Set<String> FORCES = Set.of("طائرات", "مقاتلات", "طيران", "قوات", "مدفعيه", "عناصر", "مسلحو",
            "مسلحي", "بوارج", "دبابات");

    private Parties() {
    }

    static Split of(String text, List<Word> words, Span sentence, List<Actor> inSentence, Span trigger, List<Quote> quotes) {
        var agents = new ArrayList<String>();
        var targets = new ArrayList<String>();
        for (Actor a : inSentence) {
            Actor.Mention named = nearest(words, sentence, a, trigger);
            if (named == null || a.type().equals("LOC") && !actingState(words, a, named) || reporter(quotes, a, trigger)
                    || GOD.equals(Arabic.normalize(a.name()))
                    || source(words, named) || inSpeakersTitle(text, sentence, quotes, named, trigger)
                    || afterSettlementNoun(words, named) || PlaceCues.post(words, named)) {
                continue;
            }
            (isTarget(words, named, trigger) ? targets : agents).add(a.id());
        }
        return new Split(agents, targets);
    }

    /**
     * The actor's mention in the sentence nearest the trigger, within a few words of it and in the same clause; null
     * when none is.
     */
    private static Actor.Mention nearest(List<Word> words, Span sentence, Actor a, Span trigger) {
        Actor.Mention best = null;
        int bestBetween = Integer.MAX_VALUE;
        for (Actor.Mention m : a.mentions()) {
            if (!sentence.contains(m)) {
                continue;
            }
            int from = Math.min(m.end(), trigger.end());
            int to = Math.max(m.start(), trigger.start());
            // the words inside [from, to) are a run of the sentence's words, found by binary search: this runs for
            // every mention of every actor of a sentence with a trigger
            int first = Words.firstAtOrAfter(words, from);
            int end = Math.max(first, Words.endingAfter(words, to));
            int between = 0;
            boolean stop = false;
            for (int k = first; k < end && !stop; k++) {
                stop = CLAUSE_ENDS.contains(words.get(k).text());
                between += HONORIFICS.contains(words.get(k).norm()) ? 0 : 1;
            }
            if (between <= REACH && !stop && between < bestBetween) {
                best = m;
                bestBetween = between;
            }
        }
        return best;
    }

    /**
     * A country named here outside a locative phrase (وافقت تركيا، الاتفاق مع إيران) acts as a state: an actor. The
     * phrase is read past a country noun in construct (في سلطنة عمان، بجمهورية مصر).
     */
    private static boolean actingState(List<Word> words, Actor a, Actor.Mention m) {
        if (!a.id().startsWith("iso3166:")) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).end() > m.start()) {
                return k == 0 || !LOCATIVE.contains(words.get(k - 1).norm()) && !PlaceCues.preposition(words, m).equals("في");
            }
        }
        return true;
    }

    /**
     * Whether the mention is on the receiving end: named after ضد / على / استهدف that follow the trigger, or after a verb
     * that carries its plural subject (طردوا الحوثيين، يهاجمون القوات): with the doers in the verb, a name after it is
     * whom they did it to.
     */
    private static boolean isTarget(List<Word> words, Actor.Mention m, Span trigger) {
        if (m.start() < trigger.start()) {
            return false;
        }
        if (m.start() >= trigger.end() && subjectInVerb(words, trigger)) {
            return true;
        }
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            boolean hands = k + 1 < words.size() && words.get(k + 1).norm().equals("يد"); // على يد X: X did it
            if (w.start() >= trigger.start() && w.end() <= m.start() && TARGET_MARKERS.contains(w.bare()) && !hands
                    && m.start() - w.end() < TARGET_REACH && !subjectAfterOpeningVerb(words, k, m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "كما استهدفت مقاتلات التحالف مواقع ...": a verb that opens its clause (first of the sentence, after a mark or
     * after كما، ثم، وقد) has its subject right after it, the name or the forces of the name (طائرات X، قوات X).
     */
    private static boolean subjectAfterOpeningVerb(List<Word> words, int verb, Actor.Mention m) {
        String v = words.get(verb).norm();
        if (!v.startsWith("استهدف") && !v.startsWith("واستهدف") || verb + 1 >= words.size()) {
            return false;
        }
        boolean opens = verb == 0 || Words.isClauseBreak(words.get(verb - 1)) || CLAUSE_OPENERS.contains(words.get(verb - 1).norm());
        if (!opens) {
            return false;
        }
        int next = verb + 1;
        if (FORCES.contains(words.get(next).norm()) && next + 1 < words.size() && words.get(next + 1).start() <= m.start()
                && words.get(next + 1).end() > m.start()) {
            return true; // طائرات التحالف: the aircraft of the named side
        }
        return words.get(next).start() <= m.start() && words.get(next).end() > m.start();
    }

    /** A verb ending in its plural subject (هاجموا، أسروا، يقاتلون): no subject can follow it. */
    private static boolean subjectInVerb(List<Word> words, Span trigger) {
        for (Word w : words) {
            if (w.start() >= trigger.start()) {
                String b = w.bare();
                return b.length() > 4 && (b.endsWith("وا") || b.startsWith("ي") && b.endsWith("ون"));
            }
        }
        return false;
    }

    /**
     * An outlet or a source the event is told by (لوكالة الصحافة الفرنسية، حسب وكالة الأنباء الإيرانية، على موقع «فيس
     * بوك»): an outlet noun or an attribution word just before the name, or the name opening with an outlet noun.
     */
    private static boolean source(List<Word> words, Actor.Mention m) {
        int k = 0;
        while (k < words.size() && words.get(k).end() <= m.start()) {
            k++;
        }
        if (k < words.size() && outlet(words.get(k))) {
            return true;
        }
        for (int j = k - 1, seen = 0; j >= 0 && seen < SOURCE_REACH; j--) {
            Word w = words.get(j);
            if (Words.isQuoteMark(w)) {
                continue;
            }
            if (Words.isPunct(w)) {
                return false;
            }
            if (outlet(w) || ATTRIBUTIONS.contains(w.bare())) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /** وكالة، ووكالة، لوكالة، بصحيفة: an outlet noun after its clitics (the bare form of وكالة itself loses its و). */
    private static boolean outlet(Word w) {
        for (String f : List.of(w.norm(), w.bare())) {
            if (OUTLETS.contains(f) || f.length() > 3 && (f.startsWith("ل") || f.startsWith("ب")) && OUTLETS.contains(f.substring(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name right after a settlement noun is a place, whatever type the entity layer gave it (رئيس بلدية طوز خورماتو،
     * بقرية أبو ناعورة، مدينة «لودر»): no party.
     */
    private static boolean afterSettlementNoun(List<Word> words, Actor.Mention m) {
        for (int j = indexBefore(words, m.start()); j >= 0; j--) {
            Word w = words.get(j);
            if (!Words.isQuoteMark(w)) {
                String b = w.bare();
                return SETTLEMENTS.contains(b) || b.length() > 3 && (b.startsWith("ب") || b.startsWith("ل"))
                        && SETTLEMENTS.contains(b.substring(1));
            }
        }
        return false;
    }

    /** The index of the last word ending at or before {@code offset}, or -1. */
    private static int indexBefore(List<Word> words, int offset) {
        int k = -1;
        while (k + 1 < words.size() && words.get(k + 1).end() <= offset) {
            k++;
        }
        return k;
    }

    /**
     * A body named in the title of the one who speaks (قال المتحدث باسم وزارة الداخلية العميد X إن مسلحين هاجموا ...)
     * is not a party to what he tells: the title only says who he is.
     */
    private static boolean inSpeakersTitle(String text, Span sentence, List<Quote> quotes, Actor.Mention m, Span trigger) {
        for (Quote q : quotes) {
            if (q.role() == null || q.start() > trigger.start() || trigger.end() > q.end() || q.contains(m)) {
                continue;
            }
            int at = text.lastIndexOf(q.role(), q.start());
            if (at >= sentence.start() && at <= m.start() && m.end() <= at + q.role().length()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person whose statement tells the event (أعلن الناطق العميد ... أن القوات استهدفت) reports it and does not do
     * it, unless the statement names him. A body stays: an army or a group mostly reports what it did itself.
     */
    private static boolean reporter(List<Quote> quotes, Actor a, Span trigger) {
        if (!a.type().equals("PERS")) {
            return false;
        }
        for (Quote q : quotes) {
            if (a.id().equals(q.speaker()) && q.start() <= trigger.start() && trigger.end() <= q.end()
                    && a.mentions().stream().noneMatch(q::contains)) {
                return true;
            }
        }
        return false;
    }
}
