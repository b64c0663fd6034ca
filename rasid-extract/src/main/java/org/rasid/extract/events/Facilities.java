package org.rasid.extract.events;

import java.util.Set;
import org.rasid.extract.actors.Actor;
import org.rasid.extract.text.Arabic;

/**
 * Buildings and sites the entity layer names as bodies (جامعة الأنبار، مستشفى الملك فهد، مطار القاهرة): the body stays
 * an actor, but where the text says something happened in or at it, the building is the event's place, the most
 * specific place written (the town after it only says where the building lies).
 */
final class Facilities {
    /** Nouns that open the name of a building or a site; not معهد or كلية, which mostly name a body that speaks. */
    private static final Set<String> NOUNS = Set.of("جامعه", "مستشفي", "مطار", "سجن", "متحف", "فندق", "ملعب", "ميناء",
            "مدرسه");
    /** A league of states, whose name opens with جامعة but which is no building (جامعة الدول العربية). */
    private static final String LEAGUE = "جامعه الدول";

    private Facilities() {
    }

    /** Whether the actor is a body whose name opens with a building noun. */
    static boolean named(Actor a) {
        if (a.type().equals("LOC") || a.type().equals("PERS")) {
            return false;
        }
        String n = Arabic.normalize(a.name());
        int space = n.indexOf(' ');
        return space > 0 && NOUNS.contains(Arabic.withoutArticle(n.substring(0, space))) && !n.startsWith(LEAGUE);
    }

    /** Whether the preposition before the name makes it a place: في (also written بـ), داخل, or على (هجوم على). */
    static boolean locative(String preposition) {
        return preposition.equals("في") || preposition.equals("داخل") || preposition.equals("علي");
    }
}
