package org.rasid.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rasid.core.Article;

/**
 * The extraction gate (as in Trafilatura's evaluation): bag-of-tokens F1 of the extracted body against hand-made
 * gold for each development page, with a floor per page and on the mean, plus the title.
 * Run alone with {@code mvn -q -B -ntp -pl rasid-ingest -am test -Dtest=HtmlGoldTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class HtmlGoldTest {
    static final List<String> PAGES = List.of("akhbarelyom.com-1", "albayan.ae-1", "almadenahnews.com-1", "alyaum.com-1",
            "arabic.sputniknews.com-1", "beirutobserver.com-1", "elbaladtv.net-1");
    static final double PAGE_FLOOR = 0.90;
    static final double MEAN_FLOOR = 0.95;

    @Test
    void bodyTokenF1MeetsTheFloors() throws IOException {
        String shared = System.getProperty("rasid.shared");
        assertThat(shared).as("system property rasid.shared (set by surefire)").isNotNull();
        double sum = 0;
        var report = new StringBuilder("HTML body token F1 against gold:\n");
        List<String> titleMisses = new ArrayList<>();
        for (String page : PAGES) {
            String html = Files.readString(Path.of(shared, "data/html", page + ".html"), StandardCharsets.UTF_8);
            Article article = HtmlArticles.read(html, page, null);
            List<String> gold = gold(page);
            String body = article.blocks().stream().map(Article.Block::text).collect(Collectors.joining("\n"));
            double f1 = f1(tokens(body), tokens(String.join("\n", gold.subList(1, gold.size()))));
            sum += f1;
            report.append(String.format("  %-28s F1 %.3f%n", page, f1));
            assertThat(f1).as("token F1 of " + page).isGreaterThanOrEqualTo(PAGE_FLOOR);
            if (!gold.get(0).equals(article.title())) {
                titleMisses.add(page + ": " + article.title());
            }
        }
        double mean = sum / PAGES.size();
        System.out.print(report.append(String.format("  mean                         F1 %.3f%n", mean)));
        assertThat(mean).isGreaterThanOrEqualTo(MEAN_FLOOR);
        assertThat(titleMisses).as("titles that differ from gold").isEmpty();
    }

    private static List<String> gold(String page) throws IOException {
        try (InputStream in = HtmlGoldTest.class.getResourceAsStream("gold/" + page + ".txt")) {
            assertThat(in).as("gold for " + page).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.replace("\u0640", "").split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static double f1(List<String> found, List<String> gold) {
        Map<String, Integer> left = new HashMap<>();
        gold.forEach(t -> left.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : found) {
            if (left.getOrDefault(t, 0) > 0) {
                left.merge(t, -1, Integer::sum);
                common++;
            }
        }
        if (common == 0) {
            return 0;
        }
        double p = (double) common / found.size();
        double r = (double) common / gold.size();
        return 2 * p * r / (p + r);
    }
}
