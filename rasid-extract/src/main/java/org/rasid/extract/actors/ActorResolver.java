package org.rasid.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.core.model.Entity;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.WordIndex;
import org.rasid.extract.text.WordSet;
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
    /** Clitics a name may carry, longest first; none starts otherwise than with a letter of {@link #CLITIC_FIRST}. */
    private static final List<String> PREFIXES = List.of("وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "وب", "ول", "فب",
            "وك", "و", "ب", "ل", "ف", "ك", "");
    private static final String CLITIC_FIRST = "وبفكل";
    private static final String[] NO_PREFIX = {""};
    /**
     * {@link #PREFIXES} by the letter of {@link #CLITIC_FIRST} they start with (and the empty one): fewer to try.
     * Arrays: a loop over a list made an iterator for every word of every text.
     */
    private static final String[][] PREFIXES_BY_FIRST = CLITIC_FIRST.chars()
            .mapToObj(c -> PREFIXES.stream().filter(p -> p.isEmpty() || p.charAt(0) == c).toArray(String[]::new))
            .toArray(String[][]::new);

    /** Heads of armed or security forces that a nationality adjective makes an actor (الجيش السوري، الطيران التركي). */
    private static final WordSet FORCES = WordSet.of(java.util.Set.of("الجيش", "جيش", "القوات", "قوات", "الشرطه", "الطيران",
            "طيران", "المقاتلات", "مقاتلات", "البحريه", "الحكومه", "السلطات", "الامن", "الاجهزه", "الحرس"));
    private static final int FORCE_REACH = 3;

    private final ActorRegistry registry;
    private final org.rasid.extract.roles.NationalityLexicon nationalities = org.rasid.extract.roles.NationalityLexicon.shared();

    private final BackReferences backReferences;
    private final ShortForms shortForms = new ShortForms();
    private final DescribedGroups describedGroups = new DescribedGroups();
    private final SettlementNames settlements = new SettlementNames();
    private final BaseReferences bases = new BaseReferences();

    public ActorResolver(ActorRegistry registry) {
        this.registry = registry;
        this.backReferences = new BackReferences(new NameWords(registry));
    }

    /** A mention to resolve: its span, the text naming it, the entity type. */
    public record Mention(int start, int end, String text, String type) implements org.rasid.core.Span {
        // written out, with the values the generated ones give: these run for every entity and mention, and the
        // generated ones (method-handle chains) showed up in profiles
        @Override
        public boolean equals(Object o) {
            return o instanceof Mention m && start == m.start && end == m.end && java.util.Objects.equals(text, m.text)
                    && java.util.Objects.equals(type, m.type);
        }

        @Override
        public int hashCode() {
            return ((31 * start + end) * 31 + java.util.Objects.hashCode(text)) * 31 + java.util.Objects.hashCode(type);
        }
    }

    /** A mention with its matching keys, computed once. */
    private record Keyed(Mention mention, String key, String bare, boolean latin) {
        static Keyed of(Mention m) {
            String key = Names.key(m.text());
            return new Keyed(m, key, Names.bareKey(key), Names.isLatin(m.text()));
        }
    }

    public record Result(List<Actor> actors, Map<Mention, String> idOf) {
    }

    public Result resolve(String text, List<Entity> entities) {
        var fromEntities = new ArrayList<Mention>();
        for (Entity e : entities) {
            if (ACTOR_TYPES.contains(e.type())) {
                fromEntities.add(new Mention(e.start(), e.end(), e.text(), e.type()));
            }
        }
        // a registry name that spans entities wins over them (داعش خراسان over داعش + خراسان)
        var standsFor = new java.util.HashMap<Mention, Mention>();
        var mentions = new ArrayList<Mention>();
        // where each entity's name starts, computed only for the entities a registry name overlaps: few do
        var nameStarts = new java.util.HashMap<Mention, Integer>();
        for (Mention w : scan(text, List.of())) {
            var inside = new ArrayList<Mention>();
            boolean crosses = false;
            boolean same = false;
            for (Mention e : fromEntities) {
                if (!w.overlaps(e)) {
                    continue;
                }
                if (w.start() <= nameStarts.computeIfAbsent(e, ActorResolver::nameStart) && e.end() <= w.end()) {
                    inside.add(e);
                    same |= e.start() == w.start() && e.end() == w.end();
                } else {
                    crosses = true;
                }
            }
            if (!crosses && !same) {
                mentions.add(w);
                inside.forEach(e -> standsFor.put(e, w));
            }
        }
        for (Mention e : fromEntities) {
            if (!standsFor.containsKey(e)) {
                Mention m = withFacility(text, asPlace(text, e));
                standsFor.put(e, m);
                mentions.add(m);
            }
        }
        mentions.addAll(forces(text, mentions));
        mentions.addAll(settlements.houses(text, describedGroups.find(text, mentions)));
        var namedBases = settlements.bases(text, mentions);
        mentions.addAll(namedBases);
        retypeBases(namedBases, mentions, standsFor);
        mentions.addAll(settlements.find(text, mentions));
        mentions.addAll(settlements.located(text, mentions));
        mentions.sort(Comparator.comparingInt(Mention::start));
        var groups = new LinkedHashMap<String, Group>();
        var idOf = new LinkedHashMap<Mention, String>();
        var baseOf = bases.find(text, mentions);
        for (Mention m : mentions) {
            if (baseOf.containsKey(m)) {
                Mention base = baseOf.get(m);
                if (base != null) { // a mention of the base's group, not a name of it
                    String id = idOf.get(base);
                    groups.get(id).add(new Mention(m.start(), m.end(), m.text(), "LOC"), false);
                    idOf.put(m, id);
                }
                continue;
            }
            var keyed = Keyed.of(m);
            Group g = join(keyed, groups);
            g.add(keyed);
            idOf.put(m, g.id);
        }
        standsFor.forEach((entity, mention) -> idOf.put(entity, idOf.get(mention)));
        var persons = new ArrayList<BackReferences.Person>();
        for (Group g : groups.values()) { // loops: the streams here showed up in profiles
            if (g.type.equals("PERS")) {
                persons.add(new BackReferences.Person(g.id, g.name(), g.mentionList()));
            }
        }
        for (var found : backReferences.find(text, persons, mentions)) {
            groups.get(found.id()).add(found.mention(), found.name());
        }
        var named = new ArrayList<ShortForms.Group>();
        for (Group g : groups.values()) {
            if (g.type.equals("ORG")) {
                named.add(new ShortForms.Group(g.id, g.mentionList()));
            }
        }
        for (var found : shortForms.find(text, named, mentions)) {
            groups.get(found.id()).add(found.mention(), true);
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

    private Group join(Keyed keyed, Map<String, Group> groups) {
        Mention m = keyed.mention();
        String key = keyed.key();
        String bare = keyed.bare();
        KnownActor known = registry.find(key);
        if (known == null) {
            known = registry.find(bare);
        }
        if (known != null) {
            var k = known;
            return groups.computeIfAbsent(k.id(), id -> new Group(k.id(), k.name(), k.type()));
        }
        for (Group g : groups.values()) {
            if (g.matches(keyed)) {
                return g;
            }
        }
        String id = Names.newId(bare);
        return groups.computeIfAbsent(id, i -> new Group(i, null, m.type()));
    }

    /**
     * A name the text writes as a military base (قاعدة العند الجوية) is that base wherever else the entity layer typed
     * it as a body or a person (a title's «العند»), unless the registry knows the name.
     */
    private void retypeBases(List<Mention> bases, List<Mention> mentions, Map<Mention, Mention> standsFor) {
        if (bases.isEmpty()) {
            return;
        }
        var keys = new java.util.HashSet<String>();
        bases.forEach(b -> keys.add(Names.key(b.text())));
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String key = Names.key(m.text());
            if (!m.type().equals("LOC") && keys.contains(key) && registry.find(key) == null) {
                Mention place = new Mention(m.start(), m.end(), m.text(), "LOC");
                mentions.set(i, place);
                standsFor.replaceAll((e, s) -> s == m ? place : s);
            }
        }
    }

    /** Registry names written in the text outside the given mentions, longest first, with clitics stripped. */
    private List<Mention> scan(String text, List<Mention> taken) {
        var index = WordIndex.of(text);
        var words = index.words();
        // the alias starts of each form, found once per document: the registry's names do not change while it is read
        var starts = index.perForm(this, w -> starts(w.norm()));
        var found = new ArrayList<Mention>();
        int maxWords = Math.min(registry.longestAliasWords(), 5);
        int i = 0;
        while (i < words.size()) {
            Mention m = Words.isPunct(words.get(i)) ? null : longestAt(text, words, i, maxWords, starts.at(i));
            if (m == null) {
                i++;
                continue;
            }
            if (taken.stream().noneMatch(m::overlaps)) {
                found.add(m);
            }
            while (i < words.size() && words.get(i).start() < m.end()) {
                i++;
            }
        }
        return found;
    }

    /**
     * Armed and security forces named by their country's adjective (الجيش السوري، قوات الأمن التونسية، الطيران
     * التركي): actors of type ORG that news reports as doers, though they are descriptions rather than names.
     */
    private List<Mention> forces(String text, List<Mention> taken) {
        var index = WordIndex.of(text);
        var words = index.words();
        var found = new ArrayList<Mention>();
        for (int i = index.nextWithBare(FORCES, 0); i >= 0; i = index.nextWithBare(FORCES, i + 1)) {
            Word head = words.get(i);
            int skip;
            if (FORCES.contains(head.norm())) {
                skip = 0;
            } else if (head.norm().startsWith("و") && FORCES.contains(head.bare())) { // bare: without the و
                skip = 1;
            } else {
                continue;
            }
            for (int k = i + 1; k < words.size() && k <= i + FORCE_REACH && !Words.isPunct(words.get(k)); k++) {
                String value = nationalities.valueOf(words.get(k).norm());
                if (value != null && value.startsWith("iso3166:")) {
                    int start = head.start() + skip;
                    var m = new Mention(start, words.get(k).end(), text.substring(start, words.get(k).end()), "ORG");
                    if (taken.stream().noneMatch(m::overlaps)) {
                        found.add(m);
                    }
                    i = k;
                    break;
                }
            }
        }
        return found;
    }

    /** Where an alias of the registry may start in a word: after a clitic prefix of this length, at this trie node. */
    private record Start(String prefix, AliasTrie.Node node) {
    }

    private static final Start[] NO_START = {};

    /** The trie nodes of the aliases that may start in a word written {@code n}, after each clitic prefix it has. */
    private Start[] starts(String n) {
        if (n.length() < 3 || !registry.mayStartAliasEndingAs(n)) {
            return NO_START; // no name is shorter, even without clitics; none may start with the word, whatever it carries
        }
        List<Start> out = null;
        int letter = CLITIC_FIRST.indexOf(n.charAt(0));
        for (String prefix : letter < 0 ? NO_PREFIX : PREFIXES_BY_FIRST[letter]) {
            if (!n.startsWith(prefix) || n.length() - prefix.length() < 3) {
                continue;
            }
            AliasTrie.Node node = prefix.isEmpty() ? registry.written(n) // the word itself, whose hash is cached
                    : registry.written(prefix.endsWith("ال") || prefix.endsWith("لل") ? "ال" : "", n, prefix.length());
            if (node != null) {
                out = out == null ? new ArrayList<>(2) : out;
                out.add(new Start(prefix, node));
            }
        }
        return out == null ? NO_START : out.toArray(Start[]::new);
    }

    /** The longest registry name written from word {@code i} on, after one clitic prefix, or null. */
    private Mention longestAt(String text, List<Word> words, int i, int maxWords, Start[] starts) {
        Word first = words.get(i);
        for (Start s : starts) {
            String prefix = s.prefix();
            AliasTrie.Node node = s.node();
            // walk the alias trie as far as the words go, then take the longest alias ending on a word
            int limit = Math.min(maxWords, words.size() - i);
            var path = new AliasTrie.Node[limit];
            int depth = 0;
            while (node != null) {
                path[depth++] = node;
                node = depth < limit ? node.next(words.get(i + depth).norm()) : null;
            }
            for (int size = depth; size >= 1; size--) {
                Word last = words.get(i + size - 1);
                KnownActor k = path[size - 1].actor();
                if (k == null || Words.isPunct(last)) {
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

    /** Where the name of an entity starts after a generic descriptor (تنظيم داعش → داعش). */
    private static int nameStart(Mention e) {
        int space = e.text().indexOf(' ');
        if (space < 0) {
            return e.start();
        }
        String key = Names.key(e.text());
        if (Names.bareKey(key).length() < key.length()) {
            return e.end() - (e.text().length() - space - 1); // from the end: a name may restore an elided letter
        }
        return e.start();
    }

    /** A place entity after a facility noun is the facility (مطار + كابول). */
    /**
     * A name the entity layer typed as a person or a body but the text writes as a place (بلدة طوز خورماتو، قاعدة
     * «العند»، المسجد الأقصى): a place, unless the registry already knows the name.
     */
    private Mention asPlace(String text, Mention e) {
        if (e.type().equals("LOC") || !settlements.namesAPlace(text, e.start(), e.type())
                && (e.type().equals("PERS") || !SettlementNames.namesABuilding(e.text()))) {
            return e;
        }
        String key = Names.key(e.text());
        if (registry.find(key) != null || registry.find(Names.bareKey(key)) != null) {
            return e;
        }
        return new Mention(e.start(), e.end(), e.text(), "LOC");
    }

    private static Mention withFacility(String text, Mention e) {
        if (!e.type().equals("LOC")) {
            return e;
        }
        var words = Words.in(text, 0, e.start());
        if (words.isEmpty()) {
            return e;
        }
        Word before = words.get(words.size() - 1);
        if (!facility(before) || !text.substring(before.end(), e.start()).isBlank()) {
            return e;
        }
        int start = before.start() + clitics(before);
        return new Mention(start, e.end(), text.substring(start, e.end()), e.type());
    }

    private static boolean facility(Word w) {
        return FACILITIES.contains(w.norm()) || clitics(w) > 0; // clitics(w) > 0: what follows them is a facility noun
    }

    /** Clitics before a facility noun, longest first; an array: a list was built for every word asked about. */
    private static final String[] FACILITY_CLITICS = {"وب", "ول", "وف", "و", "ب", "ل", "ف"};

    /** How many leading clitic letters (و، ب، ل، ف) a facility noun carries: بمطار → 1. */
    private static int clitics(Word w) {
        String n = w.norm();
        for (String p : FACILITY_CLITICS) {
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
        final List<Keyed> mentions = new ArrayList<>();
        final List<Mention> descriptions = new ArrayList<>();

        Group(String id, String canonical, String type) {
            this.id = id;
            this.canonical = canonical;
            this.type = type;
        }

        void add(Keyed m) {
            mentions.add(m);
        }

        /** A later mention: by name (a surname, also an alias) or by description (a title, not an alias). */
        void add(Mention m, boolean name) {
            if (name) {
                mentions.add(Keyed.of(m));
            } else {
                descriptions.add(m);
            }
        }

        /** The registry's canonical name, else the fullest form in the document (the first of the longest). */
        String name() {
            if (canonical != null) {
                return canonical;
            }
            String longest = mentions.get(0).mention().text();
            for (Keyed k : mentions) {
                if (k.mention().text().length() > longest.length()) {
                    longest = k.mention().text();
                }
            }
            return longest;
        }

        List<Mention> mentionList() {
            var out = new ArrayList<Mention>(mentions.size());
            mentions.forEach(k -> out.add(k.mention()));
            return out;
        }

        boolean matches(Keyed keyed) {
            Mention m = keyed.mention();
            String key = keyed.key();
            String bare = keyed.bare();
            for (Keyed o : mentions) {
                Mention other = o.mention();
                String k = o.key();
                String b = o.bare();
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
                if (keyed.latin() != o.latin()) {
                    String latin = keyed.latin() ? m.text() : other.text();
                    String arabicLatin = Names.latin(keyed.latin() ? other.text() : m.text());
                    String s1 = Names.skeleton(latin);
                    if (s1.length() >= 3 && s1.equals(Names.skeleton(arabicLatin))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Written as loops: it runs for every actor of every document, and its streams showed up in profiles. */
        Actor toActor() {
            var distinct = new java.util.LinkedHashSet<String>();
            String longest = null;
            for (Keyed k : mentions) {
                String text = k.mention().text();
                if (distinct.add(text) && (longest == null || text.length() > longest.length())) {
                    longest = text; // the first of the longest
                }
            }
            String name = canonical != null ? canonical : longest;
            var all = new ArrayList<String>(distinct.size() + 1);
            if (!distinct.contains(name)) {
                all.add(name);
            }
            all.addAll(distinct);
            var sorted = new ArrayList<Mention>(mentions.size() + descriptions.size());
            mentions.forEach(k -> sorted.add(k.mention()));
            sorted.addAll(descriptions);
            sorted.sort(Comparator.comparingInt(Mention::start)); // stable, as the stream's sort was
            var spans = new ArrayList<Actor.Mention>(sorted.size());
            sorted.forEach(m -> spans.add(new Actor.Mention(m.start(), m.end())));
            return new Actor(id, name, type, all, spans);
        }
    }
}
