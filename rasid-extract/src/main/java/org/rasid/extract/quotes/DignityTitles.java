package org.rasid.extract.quotes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * The titles each pronoun of dignity answers to, as match keys: سموه stands for a prince (الأمير، صاحب السمو),
 * معاليه for a minister, فخامته for a president, جلالته for a king, سماحته and فضيلته for a sheikh or mufti, سعادته
 * for an ambassador or official addressed as سعادة. Protocol writing gives each rank its own pronoun, so the person a
 * pronoun takes up is the last one named with a title of that rank, not simply the last one named.
 */
final class DignityTitles {
    private static final Set<String> PRINCE = Set.of("سمو", "السمو", "الامير", "امير", "الاميره", "اميره");
    private static final Set<String> MINISTER = Set.of("معالي", "الوزير", "وزير", "الوزيره", "وزيره");
    private static final Set<String> SHEIKH = Set.of("سماحه", "فضيله", "الشيخ", "المفتي");
    private static final Map<String, Set<String>> TITLES = Map.ofEntries(
            Map.entry("سموه", PRINCE), Map.entry("سموها", PRINCE),
            Map.entry("معاليه", MINISTER), Map.entry("معاليها", MINISTER),
            Map.entry("فخامته", Set.of("فخامه", "الرئيس")),
            Map.entry("جلالته", Set.of("جلاله", "الملك")),
            Map.entry("سماحته", SHEIKH), Map.entry("فضيلته", SHEIKH),
            Map.entry("سعادته", Set.of("سعاده", "السفير")), Map.entry("سعادتها", Set.of("سعاده", "السفيره")));
    /** Words at most between a title and the name it precedes (صاحب السمو الملكي الأمير). */
    private static final int TITLE_WORDS = 4;

    private DignityTitles() {
    }

    /** Whether one of the few words right before the name at {@code nameStart} is a title {@code pronoun} answers to. */
    static boolean answers(Word pronoun, String text, int nameStart) {
        Set<String> titles = TITLES.get(pronoun.norm());
        if (titles == null) {
            return false;
        }
        List<Word> before = Words.in(text, Math.max(0, nameStart - 80), nameStart);
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - TITLE_WORDS; k--) {
            Word w = before.get(k);
            if (Words.isPunct(w)) {
                return false;
            }
            if (titles.contains(w.norm()) || titles.contains(w.bare())) {
                return true;
            }
        }
        return false;
    }
}
