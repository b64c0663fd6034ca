package org.rasid.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.core.Span;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.WordIndex;
import org.rasid.extract.text.Words;

/**
 * Later mentions of a named person that the entity layer does not give: the surname alone next to a reporting
 * verb (أحمد بان، ... ثم: أكد بان) and the definite title an apposition gave the person, used again (دانيال
 * بايمان، الخبير الأمريكي ... أشار الخبير الأمريكي). Only when it points to one person of the document: a surname
 * or title that two persons share is left alone.
 */
final class BackReferences {
    /** A person of the document: actor id, fullest name, and its mentions so far. */
    record Person(String id, String name, List<? extends Span> mentions) {
    }

    /** A mention found: the person's id, where, and whether it is a name (the surname) or a description (a title). */
    record Found(String id, ActorResolver.Mention mention, boolean name) {
    }

    private static final String SHARED = "";
    private static final int TITLE_WORDS = 2;

    private final NameWords words;

    BackReferences(NameWords words) {
        this.words = words;
    }

    List<Found> find(String text, List<Person> persons, List<? extends Span> taken) {
        List<Word> all = Words.in(text, 0, text.length());
        var surnames = new HashMap<String, String>();
        var firstSeen = new HashMap<String, Integer>();
        var titles = new java.util.LinkedHashMap<List<String>, String>();
        var titleAt = new HashMap<List<String>, Integer>();
        for (Person p : persons) {
            int first = Integer.MAX_VALUE; // a loop: a stream here showed up in profiles
            for (Span m : p.mentions()) {
                first = Math.min(first, m.end());
            }
            firstSeen.put(p.id(), first);
            String surname = surname(p.name());
            if (surname != null) {
                claim(surnames, org.rasid.extract.text.Arabic.normalize(surname), p.id());
            }
            for (Span m : p.mentions()) {
                List<Word> after = Words.in(text, m.end(), text.length());
                List<String> title = title(after);
                if (!title.isEmpty()) {
                    claim(titles, title, p.id());
                    titleAt.merge(title, after.get(1).start(), Math::min);
                }
            }
        }
        if (surnames.isEmpty() && titles.isEmpty()) {
            return List.of();
        }
        var longestFirst = titles.entrySet().stream().filter(e -> !e.getValue().equals(SHARED))
                .sorted(Map.Entry.<List<String>, String>comparingByKey(java.util.Comparator.comparingInt(List::size)).reversed())
                .toList();
        // only words that may open a surname or a title are read: one of their forms, with or without a conjunction
        var opening = new java.util.HashSet<>(surnames.keySet());
        longestFirst.forEach(e -> opening.add(e.getKey().get(0)));
        var found = new ArrayList<Found>();
        var used = new ArrayList<Span>(taken);
        for (int k : WordIndex.of(text).positionsOf(opening, true)) {
            Found s = surname(text, all, k, surnames, firstSeen);
            Found f = s != null ? s : titleAt(text, all, k, longestFirst, titleAt);
            if (f != null && noneOverlaps(used, f.mention())) {
                found.add(f);
                used.add(f.mention());
            }
        }
        return found;
    }

    /**
     * The last of two or more words of a name (split at regex \s, without running a regex per person), or
     * null for a one-word name. Trimming leaves no \s at either end, so the last word follows the last \s.
     */
    private static String surname(String name) {
        String trimmed = name.trim();
        for (int k = trimmed.length() - 1; k >= 0; k--) {
            if (" \t\n\u000B\f\r".indexOf(trimmed.charAt(k)) >= 0) {
                return trimmed.substring(k + 1);
            }
        }
        return null;
    }

    private Found surname(String text, List<Word> all, int k, Map<String, String> surnames, Map<String, Integer> firstSeen) {
        if (surnames.isEmpty()) {
            return null;
        }
        Word w = all.get(k);
        String id = surnames.get(w.norm());
        boolean conjunction = false;
        if (id == null && w.bare().length() < w.norm().length()) {
            id = surnames.get(w.bare());
            conjunction = true;
        }
        if (id == null || id.equals(SHARED) || w.start() < firstSeen.get(id)) {
            return null;
        }
        boolean speaking = k > 0 && words.reportingVerb(all.get(k - 1)) || k + 1 < all.size() && words.reportingVerb(all.get(k + 1));
        if (!speaking) {
            return null;
        }
        int start = w.start() + (conjunction ? 1 : 0);
        return new Found(id, new ActorResolver.Mention(start, w.end(), text.substring(start, w.end()), "PERS"), true);
    }

    /** The first of the titles (longest first) written from word {@code k} on, after the apposition that gave it. */
    private static Found titleAt(String text, List<Word> all, int k, List<Map.Entry<List<String>, String>> titles,
                                 Map<List<String>, Integer> titleAt) {
        for (var e : titles) {
            List<String> title = e.getKey();
            if (k + title.size() > all.size()) {
                continue;
            }
            Word first = all.get(k);
            boolean conjunction = !first.norm().equals(title.get(0));
            if (conjunction && !first.bare().equals(title.get(0))) {
                continue;
            }
            boolean same = true;
            for (int i = 1; i < title.size() && same; i++) {
                same = all.get(k + i).norm().equals(title.get(i));
            }
            if (!same || first.start() <= titleAt.get(title)) {
                continue; // not this title, or the apposition that gave it
            }
            int start = first.start() + (conjunction ? 1 : 0);
            int end = all.get(k + title.size() - 1).end();
            return new Found(e.getValue(), new ActorResolver.Mention(start, end, text.substring(start, end), "PERS"), false);
        }
        return null;
    }

    /**
     * The definite title after a comma that follows a name (، الخبير الأمريكي): a title head and at most one more
     * definite word, as normalized words; empty if none.
     */
    private List<String> title(List<Word> after) {
        if (after.size() < 2 || !Words.isComma(after.get(0)) || !definite(after.get(1)) || !words.titleHead(after.get(1))) {
            return List.of();
        }
        var title = new ArrayList<String>();
        for (int i = 1; i < after.size() && i <= TITLE_WORDS && definite(after.get(i)); i++) {
            title.add(after.get(i).norm());
        }
        return title;
    }

    private boolean definite(Word w) {
        return w.norm().startsWith("ال") && w.norm().length() > 3 && !Words.isPunct(w)
                && words.knownActor(w) == null;
    }

    private static <K> void claim(Map<K, String> owners, K key, String id) {
        owners.merge(key, id, (a, b) -> a.equals(b) ? a : SHARED);
    }

    private static boolean noneOverlaps(List<Span> used, Span mention) {
        for (Span u : used) {
            if (u.overlaps(mention)) {
                return false;
            }
        }
        return true;
    }
}
