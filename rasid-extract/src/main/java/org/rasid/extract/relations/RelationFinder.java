package org.rasid.extract.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasid.core.Span;
import org.rasid.core.model.Sentence;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.actors.ActorIndex;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.HashSieve;
import org.rasid.extract.text.Resources;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Finds relations the text states between two named actors, from the cues of {@code relations/cues.tsv}: "X عدو
 * Y", "Y مدعومة من X", "زعيم X" next to a person's name, "المتحدث باسم X". Former leaders (السابق) and heads of
 * government (رئيس الوزراء/الحكومة) are not leaders of their country.
 */
public final class RelationFinder {
    private enum Pattern { SO, OS, ROLE, BETWEEN }

    private record Cue(String predicate, Pattern pattern, List<String> words) {
    }

    private record Placed(Actor actor, Actor.Mention mention) {
    }

    private static final int REACH = 6;
    private static final int BETWEEN_REACH = 6;
    private static final Set<String> PLAIN_ADJECTIVES = Set.of("المسلحه", "مسلحه", "المسلح", "الخاصه", "خاصه", "الشرعيه");
    private static final Set<String> LOYAL = Set.of("مويده", "مويد", "المويده", "المويد", "مواليه", "موالي", "المواليه",
            "الموالي", "التابعه", "التابع", "تابعه", "تابع");
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ":", "؛", ";", "!", "?", "؟", "(", ")");
    private static final Set<String> GENERIC_HEADS = Set.of("الجيش", "جيش", "القوات", "قوات", "الحكومه", "حكومه",
            "السلطات", "الشرطه", "الاجهزه", "البحريه", "الطائرات");
    private static final Set<String> NOT_LEADERS = Set.of("الوزراء", "الحكومه", "السابق", "السابقه", "حينذاك", "الاسبق");

    private final NationalLeaders leaders = new NationalLeaders();
    private final java.util.Map<String, List<Cue>> cuesByFirst = new java.util.HashMap<>();
    /** The words that start a cue: every word is asked twice, and almost none starts one. */
    private final HashSieve cueStarts;

    public RelationFinder() {
        for (String line : Resources.lines("relations/cues.tsv")) {
            String[] c = line.split("\t");
            for (String form : c[2].trim().split("\\s+")) {
                var cue = new Cue(c[0], Pattern.valueOf(c[1]), List.of(Arabic.normalize(form).split("_")));
                cuesByFirst.computeIfAbsent(cue.words().get(0), k -> new ArrayList<>()).add(cue);
            }
        }
        cuesByFirst.values().forEach(list -> list.sort(Comparator.comparingInt((Cue c) -> -c.words().size())));
        cueStarts = HashSieve.of(cuesByFirst.keySet());
    }

    public List<Relation> find(String text, List<Sentence> sentences, List<Actor> actors) {
        var out = new LinkedHashSet<Relation>();
        var index = ActorIndex.of(actors);
        var named = new java.util.HashSet<String>();
        actors.forEach(a -> named.add(a.id()));
        for (Sentence s : sentences) {
            var placed = placed(index, s);
            if (placed.isEmpty()) {
                continue; // a relation needs a named actor here (the other may be a country named elsewhere)
            }
            var words = Words.in(text, s.start(), s.end());
            var personMentions = new ArrayList<Actor.Mention>();
            var personActors = new ArrayList<Actor>();
            for (Placed p : placed) { // a loop: this runs for every sentence with an actor
                if (p.actor().type().equals("PERS")) {
                    personMentions.add(p.mention());
                    personActors.add(p.actor());
                }
            }
            for (int i = 0; i < words.size(); i++) {
                var stated = leaders.at(words, i, personMentions, personActors, named);
                if (!stated.isEmpty()) {
                    out.addAll(stated); // adding none would still make an iterator, for every word
                }
                // the cues of the word as written, then of the word without و/ف: the first that matches decides
                if (!relateFirst(words, i, cuesOf(words.get(i).norm()), placed, out)) {
                    relateFirst(words, i, cuesOf(words.get(i).bare()), placed, out);
                }
            }
        }
        return List.copyOf(out);
    }

    private List<Cue> cuesOf(String word) {
        return cueStarts.mayContain(word) ? cuesByFirst.get(word) : null;
    }

    /** Relates by the first of {@code cues} that matches at word {@code i}; false when none matches. */
    private boolean relateFirst(List<Word> words, int i, List<Cue> cues, List<Placed> placed, Set<Relation> out) {
        if (cues == null) {
            return false;
        }
        for (Cue cue : cues) {
            int end = match(words, i, cue.words());
            if (end >= 0) {
                var r = relate(words, i, end, cue, placed);
                if (r != null) {
                    out.add(r);
                }
                return true;
            }
        }
        return false;
    }

    private Relation relate(List<Word> words, int i, int end, Cue cue, List<Placed> placed) {
        Span cueSpan = new Actor.Mention(words.get(i).start(), words.get(end - 1).end());
        if (cue.pattern() == Pattern.BETWEEN) {
            return between(words, i, end, cue, placed);
        }
        Placed after = firstAfter(words, end, placed);
        Placed before = lastBefore(words, i, placed);
        Placed subject;
        Placed object;
        switch (cue.pattern()) {
            case SO -> {
                subject = before == null || complement(words, before) ? null : before;
                object = after;
            }
            case OS -> {
                subject = after;
                object = before;
            }
            default -> {
                if (cue.predicate().equals("LEADER_OF") && end < words.size() && NOT_LEADERS.contains(words.get(end).norm())) {
                    return null;
                }
                object = after;
                Placed following = personAfterRole(words, end, placed, object);
                boolean own = person(before) != null && !opensApposition(words.get(i))
                        && (following == null || wordsBetween(words, before.mention().end(), words.get(i).start()) <= 1);
                subject = own ? before : following;
            }
        }
        if (subject == null || object == null || subject.actor().id().equals(object.actor().id())) {
            return null;
        }
        if (cue.pattern() == Pattern.ROLE && (person(subject) == null || person(object) != null)) {
            return null; // a title relates a person to a body or a country (الأمير محمد names no organisation)
        }
        return relation(cue.predicate(), subject, object, cueSpan);
    }

    private static Relation relation(String predicate, Placed subject, Placed object, Span cueSpan) {
        if (description(subject.actor()) || description(object.actor())) {
            return null;
        }
        int from = Math.min(Math.min(subject.mention().start(), object.mention().start()), cueSpan.start());
        int to = Math.max(Math.max(subject.mention().end(), object.mention().end()), cueSpan.end());
        return new Relation(subject.actor().id(), predicate, object.actor().id(), new Relation.Evidence(from, to));
    }

    /**
     * "المعارك/الاشتباكات بين X و Y": the two sides named after بين (the first may be the pronoun of بينها وبين Y, then
     * the actor named before the cue). "اشتبكت X مع Y" / "X خاضت اشتباكات مع Y": the side named between the cue and مع,
     * or else before the cue, and the one after مع. Places named after في, and names inside a description (قوات
     * مؤيدة للرئيس X), are no side.
     */
    private static Relation between(List<Word> words, int i, int end, Cue cue, List<Placed> placed) {
        int at = -1;
        boolean with = false;
        for (int k = end; k < Math.min(words.size(), end + BETWEEN_REACH) && at < 0; k++) {
            if (CLAUSE_ENDS.contains(words.get(k).text())) {
                return null;
            }
            if (words.get(k).bare().startsWith("بين") || words.get(k).is("مع")) {
                at = k;
                with = words.get(k).is("مع");
            }
        }
        if (at < 0) {
            return null;
        }
        // only the names near the cue can be sides: the description checks scan words, so they run on those alone
        int from = words.get(Math.max(0, i - REACH - 4)).start();
        int to = words.get(Math.min(words.size() - 1, at + BETWEEN_REACH * 2 + 4)).end();
        var parties = placed.stream().filter(p -> p.mention().start() >= from && p.mention().end() <= to)
                .filter(p -> !isPlace(words, p) && !complement(words, p)).toList();
        Span cueSpan = new Actor.Mention(words.get(i).start(), words.get(at).end());
        var sides = new ArrayList<Placed>();
        if (with) {
            int cueEnd = words.get(end - 1).end();
            int withAt = words.get(at).start();
            parties.stream().filter(p -> p.mention().start() >= cueEnd && p.mention().end() <= withAt).findFirst()
                    .ifPresent(sides::add);
        }
        if (sides.isEmpty() && !words.get(at).bare().equals("بين")) {
            // the side a pronoun (بينها) or an earlier subject stands for is a group, not a place named on the way
            Placed before = lastBefore(words, i, parties.stream().filter(p -> !p.actor().type().equals("LOC")).toList());
            if (before == null) {
                return null;
            }
            sides.add(before);
        }
        for (Placed p : parties) {
            if (p.mention().start() < words.get(at).end() || sides.size() == 2) {
                continue;
            }
            if (wordsBetween(words, words.get(at).end(), p.mention().start()) > BETWEEN_REACH * 2
                    || punctBetween(words, words.get(at).end(), p.mention().start())) {
                break;
            }
            if (sides.isEmpty() || !sides.get(0).actor().id().equals(p.actor().id())) {
                sides.add(p);
            }
        }
        return sides.size() < 2 ? null : relation(cue.predicate(), sides.get(0), sides.get(1), cueSpan);
    }

    private static boolean isPlace(List<Word> words, Placed p) {
        return p.actor().type().equals("LOC") && (!p.actor().id().startsWith("iso3166:") || inPhrase(words, p));
    }

    /** A place named after في / ب (في تعز، بمدينة عدن) is where, not who. */
    private static boolean inPhrase(List<Word> words, Placed p) {
        for (int k = 1; k < words.size(); k++) {
            if (words.get(k).start() >= p.mention().start()) {
                String prev = words.get(k - 1).norm();
                return prev.equals("في") || prev.equals("وفي") || words.get(k).norm().startsWith("ب")
                        && words.get(k).start() == p.mention().start();
            }
        }
        return false;
    }

    /**
     * A description made of a common noun and a nationality adjective (الجيش البوروندي، القوات المسلحة المصرية) is not
     * a named party (nor قوات يمنية): the guidelines relate only named ones.
     */
    private static boolean description(Actor a) {
        String[] w = Arabic.normalize(a.name()).split(" ");
        if (w.length < 2 || !GENERIC_HEADS.contains(w[0])) {
            return false;
        }
        for (int k = 1; k < w.length; k++) {
            // قوات سوريا الديمقراطية names a country inside: a name, not a description
            if (!w[k].endsWith("يه") && !w[k].endsWith("ي") && !PLAIN_ADJECTIVES.contains(w[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name inside a longer description is not the party: "قوات مؤيدة للرئيس هادي خاضت اشتباكات مع" (the forces
     * fought, not هادي), "الموالية لصالح".
     */
    private static boolean complement(List<Word> words, Placed p) {
        for (int k = 1; k < words.size(); k++) {
            if (words.get(k).start() >= p.mention().start()) {
                String prev = words.get(k - 1).bare();
                String own = words.get(k).norm();
                return prev.startsWith("ل") && !prev.startsWith("ال") || LOYAL.contains(prev)
                        || own.startsWith("ل") && !own.startsWith("ال") && words.get(k).start() == p.mention().start() - 1;
            }
        }
        return false;
    }

    /**
     * "X والمدير العام لـ Y Z": a title joined by و starts the next person's apposition; the name before it belongs to
     * the title before.
     */
    private static boolean opensApposition(Word role) {
        return role.norm().startsWith("و") && !role.norm().equals(role.bare());
    }

    private static Placed person(Placed p) {
        return p != null && p.actor().type().equals("PERS") ? p : null;
    }

    /** زعيم طالبان الملا عمر: the person named right after the role's object. */
    private static Placed personAfterRole(List<Word> words, int end, List<Placed> placed, Placed object) {
        if (object == null) {
            return null;
        }
        for (Placed p : placed) {
            if (p.mention().start() >= object.mention().end() && p.actor().type().equals("PERS")
                    && wordsBetween(words, object.mention().end(), p.mention().start()) <= 3) {
                return p;
            }
        }
        return null;
    }

    private static Placed firstAfter(List<Word> words, int end, List<Placed> placed) {
        int from = end < words.size() ? words.get(end).start() : Integer.MAX_VALUE;
        for (Placed p : placed) {
            // the object may carry the ل of "لوزارة" / "لأوبك"
            if (p.mention().start() >= from - 1 && p.mention().end() > from && wordsBetween(words, from, p.mention().start()) <= 2) {
                return p;
            }
        }
        return null;
    }

    private static Placed lastBefore(List<Word> words, int cue, List<Placed> placed) {
        int to = words.get(cue).start();
        Placed best = null;
        for (Placed p : placed) {
            if (p.mention().end() <= to && wordsBetween(words, p.mention().end(), to) <= REACH
                    && !punctBetween(words, p.mention().end(), to)) {
                best = p;
            }
        }
        return best;
    }

    // loops rather than streams: these run for every cue and every actor before it
    private static int wordsBetween(List<Word> words, int from, int to) {
        int n = 0;
        for (Word w : words) {
            if (w.start() >= from && w.end() <= to) {
                n++;
            }
        }
        return n;
    }

    private static boolean punctBetween(List<Word> words, int from, int to) {
        for (Word w : words) {
            if (w.start() >= from && w.end() <= to && Words.isPunct(w) && !Words.isComma(w)) {
                return true;
            }
        }
        return false;
    }

    private static List<Placed> placed(ActorIndex index, Sentence s) {
        var out = new ArrayList<Placed>();
        for (Actor a : index.allWithin(s)) {
            for (Actor.Mention m : a.mentions()) {
                if (s.contains(m)) {
                    out.add(new Placed(a, m));
                }
            }
        }
        out.sort(Comparator.comparingInt(p -> p.mention().start()));
        return out;
    }

    private static int match(List<Word> words, int i, List<String> form) {
        for (int k = 0; k < form.size(); k++) {
            if (i + k >= words.size()) {
                return -1;
            }
            Word w = words.get(i + k);
            String want = form.get(k);
            boolean last = k == form.size() - 1;
            // a trailing ل may be written joined to the object: التابع لوزارة
            boolean ok = w.is(want) || last && want.equals("ل") && w.norm().startsWith("ل");
            if (!ok) {
                return -1;
            }
            if (last && want.equals("ل") && !w.norm().equals("ل")) {
                return i + k; // the object starts inside this word
            }
        }
        return i + form.size();
    }
}
