package org.rasid.extract.events;

import java.util.List;
import java.util.Set;
import org.rasid.core.model.Entity;
import org.rasid.extract.events.Event.Range;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.WordSet;
import org.rasid.extract.text.Words;
import org.rasid.text.number.Quantity;

/**
 * Finds the killed and injured counts of a sentence: a NUMBER entity next to a word of killing (مقتل، قتلى، لقي
 * مصرعه، راح ضحيته) or of wounding (إصابة، جرحى). A combined count (عشرات القتلى والجرحى) gives neither. An open
 * bound ("أكثر من 350") is closed just below the next round figure (351-399).
 */
final class Casualties {
    private static final Set<String> KILLED = Set.of("مقتل", "قتل", "قتلي", "قتيلا", "قتيل", "قتلوا", "قتلت", "قتلا",
            "مصرع", "مصرعهم", "مصرعه", "استشهاد", "شهيدا", "شهداء", "ضحيه", "ضحايا", "ضحيته", "ضحيتها", "اعدام", "اعدموا",
            "حتفهم", "قتلاهم", "القتلي");
    private static final Set<String> INJURED = Set.of("اصابه", "اصيب", "اصيبوا", "جرح", "جرحي", "جريحا", "جرحوا",
            "مصابين", "مصابا", "الجرحي", "المصابين", "اصابات", "جريح", "باصابات");

    /**
     * The words of {@link #KILLED} and {@link #INJURED} with the article that {@link #stripArticle} takes off: a
     * word is looked up as it is, instead of as a new string without its article, for every word of a sentence.
     */
    private static final Set<String> KILLED_DEFINITE = definite(KILLED);
    private static final Set<String> INJURED_DEFINITE = definite(INJURED);
    /** Either form of a word of each kind, behind a sieve: it is asked for every word of a sentence with a trigger. */
    private static final WordSet KILLED_ANY = WordSet.of(union(KILLED, KILLED_DEFINITE));
    private static final WordSet INJURED_ANY = WordSet.of(union(INJURED, INJURED_DEFINITE));

    private Casualties() {
    }

    private static Set<String> definite(Set<String> words) {
        return words.stream().map(w -> "ال" + w).filter(w -> !stripArticle(w).equals(w))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    static Event.Casualties in(List<Word> words, List<Entity> numbers) {
        Range killed = null;
        Range injured = null;
        for (int i = 0; i < words.size(); i++) {
            String bare = words.get(i).bare();
            boolean k = KILLED_ANY.contains(bare);
            boolean h = INJURED_ANY.contains(bare);
            if (!k && !h || combined(words, i)) {
                continue;
            }
            Range r = near(words, i, numbers);
            if (k && killed == null) {
                killed = r;
            } else if (h && injured == null) {
                injured = r;
            }
        }
        return killed == null && injured == null ? null : new Event.Casualties(killed, injured);
    }

    private static String stripArticle(String n) {
        return n.startsWith("ال") && n.length() > 4 ? n.substring(2) : n;
    }

    /** عشرات القتلى والجرحى: one count for both (seen from either word). */
    private static boolean combined(List<Word> words, int i) {
        boolean withNext = i + 1 < words.size() && words.get(i + 1).norm().startsWith("و")
                && isCue(words.get(i + 1).norm().substring(1));
        boolean withPrevious = i > 0 && words.get(i).norm().startsWith("و") && isCue(words.get(i - 1).norm());
        return withNext || withPrevious;
    }

    private static boolean isCue(String norm) {
        return KILLED.contains(norm) || INJURED.contains(norm) || KILLED.contains(stripArticle(norm))
                || INJURED.contains(stripArticle(norm));
    }

    /** The count written just after the cue (مقتل 10 جنود) or shortly before it (10 قتلى، 18 مجندا أصيبوا). */
    private static Range near(List<Word> words, int i, List<Entity> numbers) {
        int after = Math.min(words.size() - 1, i + 3);
        int before = Math.max(0, i - 4);
        for (int k = i - 1; k >= before; k--) {
            if (Words.isPunct(words.get(k))) {
                before = k + 1;
                break;
            }
        }
        Entity best = null;
        for (Entity e : numbers) {
            boolean follows = e.start() >= words.get(i).end() && e.start() <= words.get(after).end();
            boolean precedes = e.end() <= words.get(i).start() && e.start() >= words.get(before).start();
            if (follows && !punctBetween(words, words.get(i).end(), e.start())) {
                return range(e);
            }
            if (precedes && best == null) {
                best = e;
            }
        }
        return best == null ? null : range(best);
    }

    private static boolean punctBetween(List<Word> words, int from, int to) {
        return words.stream().anyMatch(w -> w.start() >= from && w.end() <= to && Words.isPunct(w) && !w.text().equals("-"));
    }

    private static Range range(Entity e) {
        if (!(e.value() instanceof Quantity q) || q.min() == null) {
            return null;
        }
        long min = q.min().longValue();
        long max;
        if (q.max() != null) {
            max = q.max().longValue();
        } else {
            long written = min - 1; // "أكثر من N" gives min N+1 and no max
            long magnitude = (long) Math.pow(10, String.valueOf(Math.max(written, 1)).length() - 1);
            max = Math.max(min, (written / magnitude + 1) * magnitude - 1);
        }
        return new Range(min, max);
    }
}
