package org.rasid.extract.eval;

import java.util.Collection;
import org.rasid.extract.actors.Names;

/**
 * Whether a gold name and a system name denote the same thing: equal after normalization (articles, hamza forms,
 * diacritics folded), or one is a whole-word run of the other (ميلود الزوي / العقيد ميلود الزوي).
 */
final class NameMatch {
    private NameMatch() {
    }

    static boolean agrees(String gold, Collection<String> system) {
        if (gold == null) {
            return false;
        }
        String g = Names.key(gold);
        if (g.isEmpty()) {
            return false;
        }
        for (String s : system) {
            if (s == null) {
                continue;
            }
            String k = Names.key(s);
            if (k.isEmpty()) {
                continue;
            }
            if (k.equals(g) || (" " + k + " ").contains(" " + g + " ") || (" " + g + " ").contains(" " + k + " ")) {
                return true;
            }
        }
        return false;
    }
}
