package org.rasid.extract.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.extract.text.Arabic;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * A bare القاعدة is the base the article named before, not al-Qaeda: after «قاعدة العند», "تمشط القاعدة" and "في
 * محيط القاعدة" refer back to that base. So does القاعدة with a base adjective (القاعدة الجوية), named or not. The
 * organisation keeps what its writers mark it with: a descriptor before it (تنظيم القاعدة، عناصر القاعدة),
 * quotation marks («القاعدة») or a branch after it (القاعدة في جزيرة العرب).
 */
final class BaseReferences {
    private static final String BARE = "القاعده";
    /** The facility noun as a base's name opens with it, after at most one clitic: قاعدة العند، بقاعدة العند. */
    private static final Set<String> BASE_NOUNS = Set.of("قاعده", "بقاعده", "لقاعده", "وقاعده", "فقاعده", "وبقاعده");
    private static final Set<String> BASE_ADJECTIVES = Set.of("الجويه", "العسكريه", "البحريه");
    /** Words before القاعدة that make it the organisation: its descriptor, its members, its leaders, its branches. */
    private static final Set<String> ORGANISATION_CUES = Set.of("تنظيم", "لتنظيم", "بتنظيم", "وتنظيم", "فرع", "جناح",
            "زعيم", "عناصر", "مقاتلي", "مقاتلو", "مسلحي", "مسلحو", "انصار", "قيادي", "تنظيمي", "ولتنظيم", "فروع");

    /**
     * The bare mentions of القاعدة in {@code sorted} (mentions in text order) that name a base, each with the base's
     * earlier mention, or null where the text names no base before it (القاعدة الجوية): then it names no actor.
     */
    Map<ActorResolver.Mention, ActorResolver.Mention> find(String text, List<ActorResolver.Mention> sorted) {
        Map<ActorResolver.Mention, ActorResolver.Mention> found = null;
        ActorResolver.Mention base = null;
        for (ActorResolver.Mention m : sorted) {
            if (m.type().equals("LOC") && namesBase(text, m)) {
                base = m;
            } else if (m.type().equals("ORG") && m.end() - m.start() == BARE.length() && isBare(text, m)
                    && (base != null || withAdjective(text, m)) && !organisation(text, m)) {
                if (found == null) {
                    found = new HashMap<>();
                }
                found.put(m, base);
            }
        }
        return found == null ? Map.of() : found;
    }

    private static boolean isBare(String text, ActorResolver.Mention m) {
        return Arabic.normalize(m.text()).equals(BARE);
    }

    /** A place written as a base: «قاعدة العند», or العند right after قاعدة (also across a quotation mark). */
    private static boolean namesBase(String text, ActorResolver.Mention m) {
        if (BASE_NOUNS.contains(Arabic.normalize(m.text().split(" ", 2)[0]))) {
            return true;
        }
        var before = Words.in(text, Math.max(0, m.start() - 20), m.start());
        int k = before.size() - 1;
        if (k >= 0 && Words.isQuoteMark(before.get(k))) {
            k--;
        }
        return k >= 0 && BASE_NOUNS.contains(before.get(k).norm());
    }

    private static boolean withAdjective(String text, ActorResolver.Mention m) {
        var after = Words.in(text, m.end(), Math.min(text.length(), m.end() + 20));
        return !after.isEmpty() && BASE_ADJECTIVES.contains(after.get(0).norm());
    }

    /** Quoted, after a descriptor or member noun, or followed by its branch's place (القاعدة في جزيرة العرب). */
    private static boolean organisation(String text, ActorResolver.Mention m) {
        var before = Words.in(text, Math.max(0, m.start() - 20), m.start());
        if (!before.isEmpty()) {
            Word last = before.get(before.size() - 1);
            if (Words.isQuoteMark(last) || ORGANISATION_CUES.contains(last.norm())) {
                return true;
            }
        }
        var after = Words.in(text, m.end(), Math.min(text.length(), m.end() + 25));
        if (!after.isEmpty() && Words.isQuoteMark(after.get(0))) {
            return true;
        }
        return after.size() >= 2 && after.get(0).norm().equals("في")
                && Set.of("جزيره", "بلاد", "شبه", "العراق").contains(after.get(1).norm());
    }
}
