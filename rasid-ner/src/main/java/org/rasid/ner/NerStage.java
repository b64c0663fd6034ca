package org.rasid.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.rasid.core.Document;
import org.rasid.core.Layer;
import org.rasid.core.Layers;
import org.rasid.core.model.Entity;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;
import org.rasid.core.pipeline.Stage;

/**
 * The {@code ner} stage: tags each sentence's tokens with the shipped model and adds PERS, ORG, LOC and MISC
 * entities. A name glued to a conjunction or preposition (وطالبان, بمطار) starts after the clitic, so the span
 * is the name itself (but see {@link #procliticLength} for persons: بايمان is a name, not ب + ايمان); the article
 * stays with the name as ANERcorp annotates it. The model loads on first use.
 */
public final class NerStage implements Stage {
    /**
     * How often, at most, a person's name is written with a preposition glued to it, against without: in raw
     * news بمحمد is 0.2% of محمد, لعباس 1.4% of عباس, لأوباما 1.6% of أوباما. A person token whose whole form is
     * more frequent than that next to its bare form (بايمان is 4% of ايمان, بسام 59% of سام), and whose bare
     * form the document never writes alone, is a name of its own that starts with ب, ك or ل; when the document
     * does write it alone (لحبري ... حبري), the preposition is one.
     */
    static final double PERSON_PREPOSITION_SHARE = 0.03;
    /**
     * How frequent, at least, a person token must be next to its clitic-less stem to be a name of its own: a
     * conjunction on a name is 1-10% of the bare name in raw news (ومحمد 6%, وسلمان 1%) and up to 19% for names that
     * are also common words (وحسن، وصالح), while وليد is 46% of يد; the stem is then a clitic reading of a name.
     */
    static final double PERSON_WHOLE_SHARE = 0.3;

    /**
     * Titles the model sometimes tags as the first word of a person's name (وقال السفير عبدالعاطي), folded; not those
     * that names keep in news and in the registry (الشيخ، الأمير، الملك).
     */
    static final Set<String> TITLES = Set.of("السفير", "الرئيس", "الوزير", "الجنرال", "الدكتور", "الدكتوره", "العقيد",
            "اللواء", "العميد", "الرائد", "المشير", "المستشار", "المهندس", "النائب", "المتحدث", "الناطق", "المبعوث",
            "المدير", "اللاعب", "المدرب", "القاضي", "المحامي", "السيد", "السيده", "الوزيره", "الرئيسه");

    private final NerModel model;

    /** The stage with the shipped model (what ServiceLoader builds). */
    public NerStage() {
        this(null);
    }

    /** The stage with a given model; null means the shipped one, loaded lazily. */
    public NerStage(NerModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "ner";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public Document process(Document doc) {
        NerModel m = model == null ? NerModel.shipped() : model;
        var entities = new ArrayList<>(doc.get(Layers.ENTITIES));
        List<List<Token>> sentences = sentences(doc);
        var folded = new FoldedForms(doc.get(Layers.TOKENS));
        String[][] tags = m.tagDocument(sentences.stream()
                .map(s -> s.stream().map(Token::text).toArray(String[]::new)).toList());
        for (int k = 0; k < sentences.size(); k++) {
            List<Token> sentence = sentences.get(k);
            for (EntityScorer.Chunk c : EntityScorer.chunks(List.of(tags[k]))) {
                Token first = sentence.get(afterTitle(sentence.get(c.start()).text(), c.type(), c.end() - c.start()) + c.start());
                int start = first.start() + procliticLength(m.lexicon, first.text(), c.type(), folded::contains);
                int end = sentence.get(c.end() - 1).end();
                if (start < end) {
                    entities.add(new Entity(start, end, c.type(), doc.text().substring(start, end), null, null));
                }
            }
        }
        entities.sort(java.util.Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        return doc.with(Layers.ENTITIES, entities);
    }

    /**
     * How many tokens of a name are a title before it: 1 for a person tagged with a title of {@link #TITLES} and more
     * words (السفير عبدالعاطي: the person is عبدالعاطي, the title is a ROLE of its own), else 0.
     */
    static int afterTitle(String firstToken, String type, int tokens) {
        return type.equals("PERS") && tokens > 1 && TITLES.contains(ArabicFold.fold(firstToken)) ? 1 : 0;
    }

    /**
     * The length of the clitics a name's first token carries; for a person, a preposition stays with the name
     * unless the bare form is {@code writtenAlone} in the document or the lexicon shows the whole form is rare
     * next to it (بمحمد → محمد, but بايمان stays whole); a person token nearly as frequent as its stem is kept whole,
     * and so is one whose stem would be shorter than any name.
     */
    static int procliticLength(Lexicon lexicon, String token, String type, Predicate<String> writtenAlone) {
        String folded = ArabicFold.fold(token);
        Clitics.Split split = Clitics.split(folded, lexicon);
        int cut = split.cut();
        if (cut > 0 && type.equals("PERS")) {
            if (split.stem().length() < 3) {
                // no name has fewer than three letters: بان is a name, not ب + the particle ان (أن)
                boolean conjunction = cut == 2 && "وف".indexOf(folded.charAt(0)) >= 0
                        && lexicon.count(folded.substring(1)) > lexicon.count(folded); // وبان → بان, but وليد stays
                cut = conjunction ? 1 : 0;
            } else if (!writtenAlone.test(split.stem())) {
                int stemCount = lexicon.count(split.stem());
                if (lexicon.count(folded) >= PERSON_WHOLE_SHARE * stemCount) {
                    return 0; // وليد is a name, not و + ل + يد
                }
                boolean preposition = cut == 2 || cut == 1 && "بكل".indexOf(folded.charAt(0)) >= 0;
                if (preposition && lexicon.count(folded.substring(cut - 1)) >= PERSON_PREPOSITION_SHARE * stemCount) {
                    cut--; // keep the preposition, drop only a conjunction
                }
            }
        }
        return cut == 0 ? 0 : lengthOfLetters(token, cut);
    }

    /** The folded forms of a document's tokens (with or without a leading و), made on first use. */
    private static final class FoldedForms {
        private final List<Token> tokens;
        private java.util.Set<String> forms;

        FoldedForms(List<Token> tokens) {
            this.tokens = tokens;
        }

        boolean contains(String form) {
            if (forms == null) {
                forms = new java.util.HashSet<>();
                for (Token t : tokens) {
                    String f = ArabicFold.fold(t.text());
                    forms.add(f.length() > 3 && f.charAt(0) == 'و' ? f.substring(1) : f);
                    forms.add(f);
                }
            }
            return forms.contains(form);
        }
    }

    /** How many characters of {@code token} hold its first {@code letters} letters and the marks after them. */
    private static int lengthOfLetters(String token, int letters) {
        int seen = 0;
        int i = 0;
        while (i < token.length() && (seen < letters || isMark(token.charAt(i)))) {
            if (!isMark(token.charAt(i))) {
                seen++;
            }
            i++;
        }
        return i;
    }

    private static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640';
    }

    /** Tokens grouped by sentence; without a sentences layer, the whole document is one sentence. */
    private static List<List<Token>> sentences(Document doc) {
        List<Token> tokens = doc.get(Layers.TOKENS);
        List<Sentence> sentences = doc.get(Layers.SENTENCES);
        var out = new ArrayList<List<Token>>();
        if (sentences.isEmpty()) {
            if (!tokens.isEmpty()) {
                out.add(tokens);
            }
            return out;
        }
        int t = 0;
        for (Sentence s : sentences) {
            var group = new ArrayList<Token>();
            while (t < tokens.size() && tokens.get(t).start() < s.end()) {
                if (tokens.get(t).start() >= s.start()) {
                    group.add(tokens.get(t));
                }
                t++;
            }
            if (!group.isEmpty()) {
                out.add(group);
            }
        }
        return out;
    }
}
