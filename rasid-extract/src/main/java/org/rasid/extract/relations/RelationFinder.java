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
import org.rasid.extract.text.Resources;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Finds relations the text states between two named actors, from the cues of {@code relations/cues.tsv}: "X عدو
 * Y", "Y مدعومة من X", "زعيم X" next to a person's name, "المتحدث باسم X". Former leaders (السابق) and heads of
 * government (رئيس الوزراء/الحكومة) are not leaders of their country.
 */
public final class RelationFinder {
    private enum Pattern { SO, OS, ROLE }

    private record Cue(String predicate, Pattern pattern, List<String> words) {
    }

    private record Placed(Actor actor, Actor.Mention mention) {
    }

    private static final int REACH = 6;
    private static final Set<String> NOT_LEADERS = Set.of("الوزراء", "الحكومه", "السابق", "السابقه", "حينذاك", "الاسبق");

    private final java.util.Map<String, List<Cue>> cuesByFirst = new java.util.HashMap<>();

    public RelationFinder() {
        for (String line : Resources.lines("relations/cues.tsv")) {
            String[] c = line.split("\t");
            for (String form : c[2].trim().split("\\s+")) {
                var cue = new Cue(c[0], Pattern.valueOf(c[1]), List.of(Arabic.normalize(form).split("_")));
                cuesByFirst.computeIfAbsent(cue.words().get(0), k -> new ArrayList<>()).add(cue);
            }
        }
        cuesByFirst.values().forEach(list -> list.sort(Comparator.comparingInt((Cue c) -> -c.words().size())));
    }

    public List<Relation> find(String text, List<Sentence> sentences, List<Actor> actors) {
        var out = new LinkedHashSet<Relation>();
        var index = new ActorIndex(actors);
        for (Sentence s : sentences) {
            var placed = placed(index, s);
            if (placed.size() < 2) {
                continue; // a relation needs two named actors
            }
            var words = Words.in(text, s.start(), s.end());
            for (int i = 0; i < words.size(); i++) {
                var candidates = new ArrayList<Cue>(cuesByFirst.getOrDefault(words.get(i).norm(), List.of()));
                candidates.addAll(cuesByFirst.getOrDefault(words.get(i).bare(), List.of()));
                for (Cue cue : candidates) {
                    int end = match(words, i, cue.words());
                    if (end < 0) {
                        continue;
                    }
                    var r = relate(words, i, end, cue, placed);
                    if (r != null) {
                        out.add(r);
                    }
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    private Relation relate(List<Word> words, int i, int end, Cue cue, List<Placed> placed) {
        Span cueSpan = new Actor.Mention(words.get(i).start(), words.get(end - 1).end());
        Placed after = firstAfter(words, end, placed);
        Placed before = lastBefore(words, i, placed);
        Placed subject;
        Placed object;
        switch (cue.pattern()) {
            case SO -> {
                subject = before;
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
                subject = person(before) != null ? before : personAfterRole(words, end, placed, object);
            }
        }
        if (subject == null || object == null || subject.actor().id().equals(object.actor().id())) {
            return null;
        }
        if (cue.pattern() == Pattern.ROLE && person(subject) == null) {
            return null;
        }
        int from = Math.min(Math.min(subject.mention().start(), object.mention().start()), cueSpan.start());
        int to = Math.max(Math.max(subject.mention().end(), object.mention().end()), cueSpan.end());
        return new Relation(subject.actor().id(), cue.predicate(), object.actor().id(), new Relation.Evidence(from, to));
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

    private static int wordsBetween(List<Word> words, int from, int to) {
        return (int) words.stream().filter(w -> w.start() >= from && w.end() <= to).count();
    }

    private static boolean punctBetween(List<Word> words, int from, int to) {
        return words.stream().anyMatch(w -> w.start() >= from && w.end() <= to && Words.isPunct(w)
                && !w.text().equals("،") && !w.text().equals(","));
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
