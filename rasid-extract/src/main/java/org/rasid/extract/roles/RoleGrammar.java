package org.rasid.extract.roles;

import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.rasid.extract.text.Resources;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.WordSet;
import org.rasid.extract.text.Words;

/**
 * Recognizes a title or role written next to a person: a head (رئيس، وزير، المتحدث باسم، الخبير ...) extended
 * through the genitive and adjective chain that follows it (رئيس أركان الجيش الأمريكي), "باسم X", coordinated
 * definites (والإرهاب) and "في (شؤون) X" (الباحث في الإسلام السياسي). A name starts where the chain breaks: a
 * word without the article that no genitive follows (جون كيري).
 */
public final class RoleGrammar {
    private static final WordSet HEADS = WordSet.of(Resources.wordSet("roles/heads.txt"));
    private static final WordSet HONORIFICS = WordSet.of(Resources.wordSet("roles/honorifics.txt"));
    private static final WordSet CONSTRUCT = WordSet.of(Resources.wordSet("roles/construct.txt"));
    /** Relative pronouns look definite but open a clause about the holder (المسؤول الذي طلب عدم نشر اسمه). */
    private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي", "اللاتي");

    private RoleGrammar() {
    }

    public static boolean isHead(Word w) {
        return HEADS.contains(w.norm()) || w.stripped() && HEADS.contains(w.bare());
    }

    public static boolean isHonorific(Word w) {
        return HONORIFICS.contains(w.norm()) || w.stripped() && HONORIFICS.contains(w.bare());
    }

    /** How many words from {@code from} a role covers (0 when {@code words[from]} is not a role head). */
    public static int roleLength(List<Word> words, int from) {
        return roleLength(words, from, i -> -1);
    }

    /**
     * As {@link #roleLength(List, int)}, also reading through a place or organization name that a head, a construct
     * noun or "في" governs (رئيس بلدية نابلس، قائمقام رام الله، سكرتير اللجنة في نابلس): {@code nameEnd} gives the
     * word index where a name starting at a word ends, or -1.
     */
    public static int roleLength(List<Word> words, int from, IntUnaryOperator nameEnd) {
        if (from >= words.size() || !isHead(words.get(from))) {
            return 0;
        }
        int i = from + 1;
        while (i < words.size()) {
            Word w = words.get(i);
            String n = w.norm();
            if (Words.isPunct(w) || isHonorific(w) || (i > from + 1 && w.norm().startsWith("و") && isHead(w))) {
                break; // "والخبير" starts a second role
            }
            Word before = words.get(i - 1);
            int name = nameEnd.applyAsInt(i);
            if (name > i && (isHead(before) || CONSTRUCT.contains(before.norm()) || before.norm().equals("في"))) {
                i = name;
                if (before.norm().equals("في")) {
                    break; // "الحاكم العسكري في نابلس" ends at the place
                }
            } else if (definite(n) && !RELATIVES.contains(n) || n.startsWith("وال") || n.startsWith("بال") || n.startsWith("لل")) {
                i++;
            } else if ((n.equals("باسم") || n.equals("في") || n.equals("لشوون") || n.equals("شوون") || n.equals("لدي"))
                    && i + 1 < words.size() && !Words.isPunct(words.get(i + 1))) {
                i++;
            } else if (CONSTRUCT.contains(n) && hasComplement(words, i + 1, nameEnd)) {
                i++;
            } else if (n.startsWith("ل") && CONSTRUCT.contains(n.substring(1)) && i + 1 < words.size()
                    && definite(words.get(i + 1).norm())) {
                i++; // المتحدث الرسمي لوزارة العمل
            } else {
                break;
            }
        }
        // a trailing "في" or "باسم" is not part of the role
        while (i > from + 1 && Set.of("في", "باسم", "لدي").contains(words.get(i - 1).norm())) {
            i--;
        }
        // an indefinite head alone is a description (مسؤول أمني، خبير اقتصادي), not a title before a name
        if (i == from + 1 && !definite(words.get(from).norm())) {
            return 0;
        }
        return i - from;
    }

    /** Whether a genitive complement starts at {@code j}: a definite word, a name, or a construct noun with one. */
    private static boolean hasComplement(List<Word> words, int j, IntUnaryOperator nameEnd) {
        for (; j < words.size(); j++) {
            String n = words.get(j).norm();
            if (definite(n) || nameEnd.applyAsInt(j) > j) {
                return true;
            }
            if (!CONSTRUCT.contains(n)) {
                return false; // رئيس بلدية مدينة البيرة: a chain of construct nouns ends in the complement
            }
        }
        return false;
    }

    private static boolean definite(String norm) {
        return norm.length() > 3 && norm.startsWith("ال");
    }
}
