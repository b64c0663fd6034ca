package org.rasid.extract.roles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.rasid.core.Document;
import org.rasid.core.Layer;
import org.rasid.core.Layers;
import org.rasid.core.Span;
import org.rasid.core.model.Entity;
import org.rasid.core.model.Sentence;
import org.rasid.core.pipeline.Stage;
import org.rasid.extract.text.HashSieve;
import org.rasid.extract.text.Word;
import org.rasid.extract.text.Words;

/**
 * Adds NORP entities (nationalities and groups: الأمريكي، السنة، الأفغان) and ROLE entities (titles and roles of
 * people: الجنرال، رئيس أركان الجيش الأمريكي، الباحث في الإسلام السياسي) to the entities layer. A role may contain a
 * named entity (المتحدث باسم وزارة الداخلية) but never cuts across one; a NORP word inside a role stays part of it.
 */
public final class RolesStage implements Stage {
    /** A list, not a set: where two clitics leave a nationality word, the first listed wins in every run. */
    private static final List<String> CLITICS = List.of("و", "ب", "ل", "ف", "وب", "ول");
    /** The letters the clitics start with: most words start with none, and skip the clitic loop. */
    private static final String CLITIC_LETTERS = "وبلف";
    /** Courtesy words before a name: honorifics (not part of the name) but no title or role. */
    private static final Set<String> COURTESY = Set.of("السيد", "السيده", "الحاج", "الحاجه");
    private static final Set<String> NAMES = Set.of("PERS", "ORG", "LOC", "MISC");

    private final NationalityLexicon nationalities = NationalityLexicon.shared();
    /**
     * The clitic of each nationality word written behind one (والأمريكي → و), the first of {@link #CLITICS} that
     * leaves a nationality word: one lookup per word of the text instead of one per clitic it may carry.
     */
    private final java.util.Map<String, String> cliticOf = new java.util.HashMap<>();
    private final HashSieve withClitic;

    public RolesStage() {
        for (String c : CLITICS) {
            for (String form : nationalities.words()) {
                cliticOf.putIfAbsent(c + form, c);
            }
        }
        withClitic = HashSieve.of(cliticOf.keySet());
    }

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.ENTITIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public Document process(Document doc) {
        var entities = new ArrayList<>(doc.get(Layers.ENTITIES));
        var added = new ArrayList<Entity>();
        String text = doc.text();
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            var words = Words.in(text, s.start(), s.end());
            var persons = new ArrayList<Entity>();
            var inside = new ArrayList<Entity>();
            for (Entity e : entities) {
                if (s.contains(e)) {
                    inside.add(e);
                }
                if (e.type().equals("PERS") && e.start() < s.end() && e.end() > s.start()) {
                    persons.add(e); // only these can cover a word of the sentence
                }
            }
            IntUnaryOperator nameEnd = nameEnds(words, inside);
            int i = 0;
            while (i < words.size()) {
                int length = roleAt(words, i, nameEnd, persons);
                if (length > 0) {
                    add(text, words.get(i).start(), words.get(i + length - 1).end(), "ROLE", null, entities, added);
                    i += length;
                    continue;
                }
                Word w = words.get(i);
                String value = nationalities.valueOf(w.norm());
                int skip = 0;
                if (value == null && !w.norm().isEmpty() && CLITIC_LETTERS.indexOf(w.norm().charAt(0)) >= 0) {
                    String clitic = withClitic.mayContain(w.norm()) ? cliticOf.get(w.norm()) : null;
                    if (clitic != null) {
                        skip = clitic.length();
                        value = nationalities.valueOf(w.norm().substring(skip));
                    }
                }
                if (value != null && nationalities.fits(words, i, w.norm().substring(skip)) && !insideName(w.start() + skip, w.end(), entities)) {
                    add(text, w.start() + skip, w.end(), "NORP", value, entities, added);
                }
                i++;
            }
        }
        entities.addAll(added);
        entities.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        return doc.with(Layers.ENTITIES, entities);
    }

    /**
     * A title with what follows it (رئيس أركان الجيش الأمريكي، رئيس بلدية نابلس), or a rank or title before a name
     * (الجنرال، الدكتور); courtesy words (السيد، الحاج) are no role.
     */
    private static int roleAt(List<Word> words, int i, IntUnaryOperator nameEnd, List<Entity> persons) {
        if (insidePerson(words.get(i), persons)) {
            return 0; // أمين in "أمين الحسيني" is a first name
        }
        if (words.get(i).norm().equals("د") && i + 2 < words.size() && words.get(i + 1).text().equals(".")
                && !Words.isPunct(words.get(i + 2))) {
            return 2; // "د." (doctor) before a name
        }
        int length = RoleGrammar.roleLength(words, i, nameEnd);
        if (length == 0 && RoleGrammar.isHonorific(words.get(i)) && !COURTESY.contains(words.get(i).bare())
                && i + 1 < words.size() && !Words.isPunct(words.get(i + 1))) {
            length = 1;
        }
        return length;
    }

    /** For each word that starts a LOC or ORG entity, the index of the word after it; -1 for the others. */
    private static IntUnaryOperator nameEnds(List<Word> words, List<Entity> entities) {
        var ends = new int[words.size()];
        java.util.Arrays.fill(ends, -1);
        for (Entity e : entities) {
            if (!e.type().equals("LOC") && !e.type().equals("ORG")) {
                continue;
            }
            // words do not overlap: only the last word starting at or before the entity can start or straddle it
            int k = Words.firstAtOrAfter(words, e.start() + 1) - 1; // the last word starting at or before it
            if (k >= 0 && (words.get(k).start() == e.start() || words.get(k).end() > e.start())) {
                int j = k;
                while (j < words.size() && words.get(j).start() < e.end()) {
                    j++;
                }
                ends[k] = j;
            }
        }
        return k -> ends[k];
    }

    /** Whether one of {@code persons} (PERS entities) covers the word. */
    private static boolean insidePerson(Word w, List<Entity> persons) {
        for (Entity e : persons) {
            if (e.start() <= w.start() && w.end() <= e.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a named entity covers the span: a nationality word inside a name (اللجنة القومية العربية) or that is one. */
    private static boolean insideName(int start, int end, List<Entity> entities) {
        for (Entity e : entities) {
            if (e.start() <= start && end <= e.end() && NAMES.contains(e.type())) { // the span first: most entities are elsewhere
                return true;
            }
        }
        return false;
    }

    private static void add(String text, int start, int end, String type, String value, List<Entity> existing,
                            List<Entity> added) {
        Span span = new Entity(start, end, type, "", null, null);
        for (Entity e : existing) {
            boolean crosses = e.overlaps(span) && !span.contains(e);
            if (crosses) {
                return;
            }
        }
        added.add(new Entity(start, end, type, text.substring(start, end), value, null));
    }
}
