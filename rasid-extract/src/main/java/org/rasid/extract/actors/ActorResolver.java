package org.rasid.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.core.model.Entity;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Groups the mentions of one document into actors: named entities, plus registry names found in the text that the
 * entity layer missed. A mention joins an earlier actor when it has the same key with or without a descriptor
 * (حركة طالبان / طالبان), is a person's surname (أحمد بان / بان), is a close spelling variant (داعش خراسان /
 * داعش خرسان, أمريكا / أميركا) or a Latin spelling of it (Taliban / طالبان); the registry gives known actors their
 * ids, and new actors get ids from their names and are registered.
 */
public final class ActorResolver {
    private static final Set<String> ACTOR_TYPES = Set.of("PERS", "ORG", "LOC", "MISC");
    /** Facility nouns that make a named place a more specific one: مطار كابول، قاعدة العند، معبر رفح. */
    private static final java.util.Set<String> FACILITIES = java.util.Set.of("مطار", "ميناء", "قاعده", "معبر", "سجن", "منفذ",
            "مستشفي", "جسر", "سد", "حقل", "مصفاه");
    private static final List<String> PREFIXES = List.of("وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "وب", "ول", "فب",
            "وك", "و", "ب", "ل", "ف", "ك", "");

    private final ActorRegistry registry;

    public ActorResolver(ActorRegistry registry) {
        this.registry = registry;
    }

    /** A mention to resolve: its span, the text naming it, the entity type. */
    public record Mention(int start, int end, String text, String type) {
    }

    public record Result(List<Actor> actors, Map<Mention, String> idOf) {
    }

    public Result resolve(String text, List<Entity> entities) {
        var mentions = new ArrayList<Mention>();
        for (Entity e : entities) {
            if (ACTOR_TYPES.contains(e.type())) {
                mentions.add(new Mention(e.start(), e.end(), e.text(), e.type()));
            }
        }
        mentions.addAll(scan(text, mentions));
        mentions.sort(Comparator.comparingInt(Mention::start));
        var groups = new LinkedHashMap<String, Group>();
        var idOf = new LinkedHashMap<Mention, String>();
        for (Mention m : mentions) {
            Group g = join(m, groups);
            g.add(m);
            idOf.put(m, g.id);
        }
        var actors = new ArrayList<Actor>();
        for (Group g : groups.values()) {
            var actor = g.toActor();
            if (g.canonical == null) {
                registry.register(new KnownActor(actor.id(), actor.name(), actor.type(),
                        List.of(actor.name(), Names.latin(actor.name()))));
            }
            actors.add(actor);
        }
        return new Result(actors, idOf);
    }

    private Group join(Mention m, Map<String, Group> groups) {
        String key = Names.key(m.text());
        String bare = Names.bareKey(key);
        KnownActor known = registry.find(key);
        if (known == null) {
            known = registry.find(bare);
        }
        if (known != null) {
            var k = known;
            return groups.computeIfAbsent(k.id(), id -> new Group(k.id(), k.name(), k.type()));
        }
        for (Group g : groups.values()) {
            if (g.matches(m, key, bare)) {
                return g;
            }
        }
        String id = Names.newId(bare);
        return groups.computeIfAbsent(id, i -> new Group(i, null, m.type()));
    }

    /** Registry names written in the text outside the given mentions, longest first, with clitics stripped. */
    private List<Mention> scan(String text, List<Mention> taken) {
        var words = Words.in(text, 0, text.length());
        var found = new ArrayList<Mention>();
        int maxWords = Math.min(registry.longestAliasWords(), 5);
        int i = 0;
        while (i < words.size()) {
            Mention m = longestAt(text, words, i, maxWords);
            if (m == null) {
                i++;
                continue;
            }
            if (taken.stream().noneMatch(t -> t.start() < m.end() && m.start() < t.end())) {
                found.add(m);
            }
            while (i < words.size() && words.get(i).start() < m.end()) {
                i++;
            }
        }
        return found;
    }

    /** The longest registry name written from word {@code i} on, after one clitic prefix, or null. */
    private Mention longestAt(String text, List<Word> words, int i, int maxWords) {
        Word first = words.get(i);
        if (Words.isPunct(first)) {
            return null;
        }
        for (String prefix : PREFIXES) {
            String n = first.norm();
            if (!n.startsWith(prefix) || n.length() - prefix.length() < 3) {
                continue;
            }
            String head = (prefix.endsWith("ال") || prefix.endsWith("لل") ? "ال" : "") + n.substring(prefix.length());
            if (!registry.startsAlias(head)) {
                continue;
            }
            for (int size = Math.min(maxWords, words.size() - i); size >= 1; size--) {
                Word last = words.get(i + size - 1);
                if (Words.isPunct(last)) {
                    continue;
                }
                var sb = new StringBuilder(head);
                for (int k = i + 1; k < i + size; k++) {
                    sb.append(' ').append(words.get(k).norm());
                }
                KnownActor k = registry.findWritten(sb.toString());
                if (k == null) {
                    continue;
                }
                int start = first.start() + prefix.length();
                if (prefix.endsWith("ال")) {
                    start -= 2; // the article belongs to the name (after لل it is not written)
                }
                if (i > 0 && k.type().equals("LOC") && prefix.isEmpty() && facility(words.get(i - 1))) {
                    start = words.get(i - 1).start() + clitics(words.get(i - 1));
                }
                return new Mention(start, last.end(), text.substring(start, last.end()), k.type());
            }
        }
        return null;
    }

    private static boolean facility(Word w) {
        return FACILITIES.contains(w.norm()) || clitics(w) > 0 && FACILITIES.contains(w.norm().substring(clitics(w)));
    }

    /** How many leading clitic letters (و، ب، ل، ف) a facility noun carries: بمطار → 1. */
    private static int clitics(Word w) {
        String n = w.norm();
        for (String p : List.of("وب", "ول", "وف", "و", "ب", "ل", "ف")) {
            if (n.startsWith(p) && FACILITIES.contains(n.substring(p.length()))) {
                return p.length();
            }
        }
        return 0;
    }

    private static final class Group {
        final String id;
        final String canonical;
        final String type;
        final List<Mention> mentions = new ArrayList<>();

        Group(String id, String canonical, String type) {
            this.id = id;
            this.canonical = canonical;
            this.type = type;
        }

        void add(Mention m) {
            mentions.add(m);
        }

        boolean matches(Mention m, String key, String bare) {
            for (Mention other : mentions) {
                String k = Names.key(other.text());
                String b = Names.bareKey(k);
                if (k.equals(key) || b.equals(bare)) {
                    return true;
                }
                boolean sameKind = other.type().equals(m.type());
                if (sameKind && m.type().equals("PERS") && !bare.contains(" ") && b.endsWith(" " + bare)) {
                    return true; // surname after the full name
                }
                if (sameKind && bare.length() >= 5 && Names.distance(b, bare, 1) <= 1) {
                    return true;
                }
                if (Names.isLatin(m.text()) != Names.isLatin(other.text())) {
                    String latin = Names.isLatin(m.text()) ? m.text() : Names.latin(other.text());
                    String arabicLatin = Names.isLatin(m.text()) ? Names.latin(other.text()) : other.text();
                    String s1 = Names.skeleton(latin);
                    if (s1.length() >= 3 && s1.equals(Names.skeleton(arabicLatin))) {
                        return true;
                    }
                }
            }
            return false;
        }

        Actor toActor() {
            var aliases = mentions.stream().map(Mention::text).distinct().toList();
            String name = canonical != null ? canonical
                    : aliases.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
            var all = new ArrayList<>(aliases);
            if (!all.contains(name)) {
                all.add(0, name);
            }
            return new Actor(id, name, type, all,
                    mentions.stream().map(m -> new Actor.Mention(m.start(), m.end())).toList());
        }
    }
}
