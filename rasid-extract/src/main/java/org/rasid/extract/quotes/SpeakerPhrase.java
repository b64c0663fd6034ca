package org.rasid.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.extract.roles.RoleGrammar;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * The words that name who speaks, split into the name or description ({@code name}) and the title written next to
 * it ({@code role}): "الجنرال مارك ميلي، رئيس أركان الجيش الأمريكي" gives name مارك ميلي, role رئيس أركان الجيش
 * الأمريكي; "المتحدث باسم الجيش" gives a role and no name.
 */
record SpeakerPhrase(List<Word> name, List<Word> role) {
    /** Kinds of armed or political group written before the group's name in quotation marks (حركة «الشباب»), match keys. */
    private static final Set<String> GROUP_NOUNS = Set.of("حركه", "تنظيم", "جماعه", "حزب", "جبهه", "ميليشيا", "مليشيا");

    static SpeakerPhrase parse(List<Word> words) {
        if (words.size() > 2 && Media.isOutletNoun(words.get(0)) && Words.isQuoteMark(words.get(1))) {
            words = words.subList(1, words.size()); // صحيفة «هآرتس»: the outlet is the name in quotation marks
        } else if (words.size() > 3 && GROUP_NOUNS.contains(words.get(0).bare()) && Words.isQuoteMark(words.get(1))) {
            int close = 2;
            while (close < words.size() && close <= 6 && !Words.isQuoteMark(words.get(close))) {
                close++;
            }
            if (close > 2 && close < words.size() && Words.isQuoteMark(words.get(close))) {
                return new SpeakerPhrase(words.subList(2, close), List.of()); // حركة «الشباب» المتطرفة: the group's name
            }
        }
        List<Word> name = List.of();
        List<Word> role = List.of();
        for (List<Word> part : splitAtCommas(words)) {
            // a part that opens with a title reads as a chain of titles (المتحدث باسم الوزارة السفير علي الصادق)
            int firstRole = RoleGrammar.roleLength(part, 0);
            for (int p = 1; firstRole == 0 && p < part.size(); p++) {
                int later = RoleGrammar.roleLength(part, p);
                if (later > 0) { // a name followed by its title: جون إيرنست المتحدث باسم البيت الأبيض
                    if (name.isEmpty()) {
                        name = stripHonorifics(part.subList(0, p));
                    }
                    if (role.isEmpty()) {
                        role = part.subList(p, p + later);
                    }
                    part = List.of();
                    break;
                }
            }
            if (part.isEmpty()) {
                continue;
            }
            int r = firstRole;
            List<Word> rest = stripHonorifics(part.subList(r, part.size()));
            if (r > 0 && role.isEmpty()) {
                role = part.subList(0, r);
            }
            if (!rest.isEmpty() && name.isEmpty()) {
                name = rest;
            }
        }
        return new SpeakerPhrase(name, role);
    }

    private static List<Word> stripHonorifics(List<Word> words) {
        int h = 0;
        while (h < words.size() && RoleGrammar.isHonorific(words.get(h))) {
            h++;
        }
        return words.subList(h, words.size());
    }

    boolean isEmpty() {
        return name.isEmpty() && role.isEmpty();
    }

    static String text(String text, List<Word> words) {
        return words.isEmpty() ? null : text.substring(words.get(0).start(), words.get(words.size() - 1).end());
    }

    private static List<List<Word>> splitAtCommas(List<Word> words) {
        var parts = new ArrayList<List<Word>>();
        var current = new ArrayList<Word>();
        for (Word w : words) {
            if (Words.isPunct(w)) {
                if (!current.isEmpty()) {
                    parts.add(List.copyOf(current));
                    current.clear();
                }
            } else {
                current.add(w);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }
}
