package org.rasid.extract.events;

import java.util.List;
import java.util.Set;
import org.rasid.extract.events.Event.Range;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Finds the killed and injured counts of a sentence: a count next to a word of killing (مقتل، قتلى، لقي مصرعه،
 * راح ضحيته) or of wounding (إصابة، جرحى). A combined count (عشرات القتلى والجرحى) gives neither.
 */
final class Casualties {
    private static final Set<String> KILLED = Set.of("مقتل", "قتل", "قتلي", "قتيلا", "قتيل", "قتلوا", "قتلت", "قتلا",
            "مصرع", "مصرعهم", "مصرعه", "استشهاد", "شهيدا", "شهداء", "ضحيه", "ضحايا", "ضحيته", "ضحيتها", "اعدام", "اعدموا",
            "حتفهم", "القتلي", "قتلاهم");
    private static final Set<String> INJURED = Set.of("اصابه", "اصيب", "اصيبوا", "جرح", "جرحي", "جريحا", "جرحوا",
            "مصابين", "مصابا", "الجرحي", "المصابين", "اصابات", "جريح", "واصابه", "باصابات");
    private static final int WINDOW = 4;

    private Casualties() {
    }

    static Event.Casualties in(List<Word> words) {
        Range killed = null;
        Range injured = null;
        for (int i = 0; i < words.size(); i++) {
            String n = stripArticle(words.get(i).bare());
            boolean k = KILLED.contains(n);
            boolean h = INJURED.contains(n);
            if (!k && !h) {
                continue;
            }
            if (combined(words, i)) {
                continue;
            }
            Range r = near(words, i);
            if (r == null) {
                continue;
            }
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

    /** عشرات القتلى والجرحى: one count for both. */
    private static boolean combined(List<Word> words, int i) {
        if (i + 1 >= words.size()) {
            return false;
        }
        String next = words.get(i + 1).norm();
        if (!next.startsWith("و")) {
            return false;
        }
        String other = stripArticle(next.substring(1));
        return KILLED.contains(other) || INJURED.contains(other) || KILLED.contains(next.substring(1))
                || INJURED.contains(next.substring(1));
    }

    /** The count written just after the cue (مقتل 10 جنود) or shortly before it (10 قتلى، 18 مجندا أصيبوا). */
    private static Range near(List<Word> words, int i) {
        for (int j = i + 1; j <= i + 3 && j < words.size(); j++) {
            if (Words.isPunct(words.get(j)) && !words.get(j).text().equals("-")) {
                break;
            }
            Counts.Count c = Counts.at(words, j);
            if (c != null) {
                return c.range();
            }
        }
        for (int j = i - 1; j >= i - WINDOW && j >= 0; j--) {
            if (Words.isPunct(words.get(j))) {
                break;
            }
            Counts.Count c = Counts.at(words, j);
            if (c != null && c.end() <= i) {
                return c.range();
            }
        }
        return null;
    }
}
