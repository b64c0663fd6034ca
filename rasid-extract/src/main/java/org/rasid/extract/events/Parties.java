package org.rasid.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.core.Span;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.quotes.Quote;
import org.rasid.extract.text.Word;

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
     * Marks that close a clause: an actor beyond one belongs to another statement (quotation marks, brackets and commas
     * do not: "الأطراف الأربعة (الاتحاد الوطني، التغيير ...) وافقت" lists the parties in brackets).
     */
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ":", "؛", ";", "!", "?", "؟");
    private static final Set<String> TARGET_MARKERS = Set.of("ضد", "علي", "استهدف", "استهدفت", "تستهدف", "يستهدف", "استهداف");
    /** Words after which a country is where something happens, not who does it (في العراق، شمال سوريا). */
    private static final Set<String> LOCATIVE = Set.of("في", "وفي", "بـ", "داخل", "شمال", "جنوب", "شرق", "غرب", "انحاء");
    /** How many characters after a target marker its target may start. */
    private static final int TARGET_REACH = 40;

    private Parties() {
    }

    static Split of(List<Word> words, Span sentence, List<Actor> inSentence, Span trigger, List<Quote> quotes) {
        var agents = new ArrayList<String>();
        var targets = new ArrayList<String>();
        for (Actor a : inSentence) {
            Actor.Mention named = nearest(words, sentence, a, trigger);
            if (named == null || a.type().equals("LOC") && !actingState(words, a, named) || reporter(quotes, a, trigger)) {
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
            int between = 0;
            boolean stop = false;
            for (Word w : words) {
                if (w.start() >= from && w.end() <= to) {
                    between++;
                    stop |= CLAUSE_ENDS.contains(w.text());
                }
            }
            if (between <= REACH && !stop && between < bestBetween) {
                best = m;
                bestBetween = between;
            }
        }
        return best;
    }

    /** A country named here outside a locative phrase (وافقت تركيا، الاتفاق مع إيران) acts as a state: an actor. */
    private static boolean actingState(List<Word> words, Actor a, Actor.Mention m) {
        if (!a.id().startsWith("iso3166:")) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).end() > m.start()) {
                return k == 0 || !LOCATIVE.contains(words.get(k - 1).norm());
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
                    && m.start() - w.end() < TARGET_REACH) {
                return true;
            }
        }
        return false;
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
