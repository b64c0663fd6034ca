package org.rasid.text.stage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.rasid.core.Article;
import org.rasid.core.Document;
import org.rasid.core.Layers;
import org.rasid.core.model.Entity;
import org.rasid.core.model.Metadata;
import org.rasid.core.model.Paragraph;
import org.rasid.core.model.Sentence;
import org.rasid.core.model.Token;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.text.token.TextInvariants;

/** The text layer's invariants on real news (the first articles of SaudiNewsNet). */
class NewsCorpusTest {
    private static final int ARTICLES = 200;
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?|\\d{2}:\\d{2}");

    static List<Article> articles(int n) throws IOException {
        String shared = System.getProperty("rasid.shared");
        assertThat(shared).as("system property rasid.shared").isNotNull();
        Path corpus = Path.of(shared, "data/news/saudinewsnet.jsonl.gz");
        assertThat(corpus).exists();
        var mapper = new ObjectMapper();
        var out = new ArrayList<Article>();
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            String line;
            while (out.size() < n && (line = in.readLine()) != null) {
                JsonNode j = mapper.readTree(line);
                var blocks = new ArrayList<Article.Block>();
                for (String p : j.get("content").asText().split("\n")) {
                    blocks.add(new Article.Block(p, Paragraph.Kind.paragraph));
                }
                var meta = Metadata.of("saudinewsnet:" + out.size()).withPublished(j.get("date_extracted").asText().substring(0, 10));
                out.add(new Article(meta, j.get("title").asText(), blocks));
            }
        }
        return out;
    }

    @Test
    void layersKeepTheirInvariantsOnRealNews() throws IOException {
        Pipeline pipeline = Pipeline.standard();
        int dates = 0;
        for (Article article : articles(ARTICLES)) {
            Document doc = pipeline.process(article.toDocument());
            String text = doc.text();
            List<Token> tokens = doc.get(Layers.TOKENS);
            TextInvariants.assertValid(text, tokens);
            List<Paragraph> paragraphs = doc.get(Layers.PARAGRAPHS);
            List<Sentence> sentences = doc.get(Layers.SENTENCES);
            // sentences are sorted, trimmed, inside one paragraph, and together hold every token
            int prev = 0;
            int k = 0;
            int p = 0;
            for (Sentence s : sentences) {
                while (paragraphs.get(p).end() < s.end()) {
                    p++;
                }
                boolean ok = s.start() >= prev && paragraphs.get(p).contains(s)
                        && !Character.isWhitespace(text.charAt(s.start())) && !Character.isWhitespace(text.charAt(s.end() - 1));
                assertThat(ok).as("sentence %s in %s", s, article.meta().source()).isTrue();
                while (k < tokens.size() && s.contains(tokens.get(k))) {
                    k++;
                }
                prev = s.end();
            }
            assertThat(k).as("tokens inside sentences").isEqualTo(tokens.size());
            Entity last = null;
            for (Entity e : doc.get(Layers.ENTITIES)) {
                assertThat(doc.covered(e)).isEqualTo(e.text());
                if (last != null) {
                    assertThat(e.start()).isGreaterThanOrEqualTo(last.end());
                }
                if ((e.type().equals("DATE") || e.type().equals("TIME")) && e.value() != null) {
                    assertThat((String) e.value()).matches(ISO);
                    dates++;
                }
                last = e;
            }
        }
        assertThat(dates).as("resolved dates in %s articles", ARTICLES).isGreaterThan(ARTICLES / 2);
    }
}
