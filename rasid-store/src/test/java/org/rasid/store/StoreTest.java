package org.rasid.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    private static final String GAZA = "غارات على غزة\n\nقال المتحدث إن الغارات استهدفت مبنى في مدينة غزة.";
    private static final String YEMEN = "اشتباكات في اليمن\n\nأعلن عبد الملك الحوثي أن قواته صدت هجوما قرب صنعاء.";

    @Test
    void storesArticlesWithTheirLayersOnceOnly() {
        try (var store = Store.open(dir)) {
            var a = Fixtures.article("http://x/1", "2015-07-21", GAZA, "Q1", "المتحدث", "attack");
            var b = Fixtures.article("http://x/2", "2015-08-02", YEMEN, "Q7", "عبد الملك الحوثي", "fight");
            assertThat(store.write(List.of(a, b))).isEqualTo(2);
            assertThat(store.write(List.of(a))).isZero();
            var sameUrl = Fixtures.article("http://x/2", "2015-08-02", YEMEN + " تحديث", "Q7", "عبد الملك الحوثي", "fight");
            assertThat(store.write(List.of(sameUrl))).as("same URL, new text").isZero();
            assertThat(store.size()).isEqualTo(2);
            try (var q = store.queries()) {
                assertThat(q.count("events")).isEqualTo(2);
                assertThat(q.count("quotes")).isEqualTo(2);
                assertThat(q.count("relations")).isEqualTo(2);
                var actor = q.actor("Q7").orElseThrow();
                assertThat(actor.get("name")).isEqualTo("عبد الملك الحوثي");
                assertThat(actor.get("aliases").toString()).contains("عبد الملك الحوثي الأول");
                assertThat((List<?>) actor.get("events")).hasSize(1);
                assertThat(q.actors("الحوثي", 10)).extracting(r -> r.get("id")).containsExactly("Q7");
                assertThat(q.events("attack", null, null, null, null, 10, 0)).singleElement()
                        .satisfies(e -> assertThat(e.get("evidence")).isEqualTo(GAZA));
                assertThat(q.events(null, null, "صنعاء", "2015-08-01", "2015-08-31", 10, 0)).hasSize(1);
            }
        }
    }

    @Test
    void findsCliticisedFormsFiltersAndCountsFacets() {
        try (var store = Store.open(dir)) {
            store.write(List.of(Fixtures.article("http://x/1", "2015-07-21", GAZA, "Q1", "المتحدث", "attack"),
                    Fixtures.article("http://x/2", "2015-08-02", YEMEN, "Q7", "عبد الملك الحوثي", "fight")));
            var search = store.search();
            var hit = search.search(SearchQuery.of("وبالغارات")).hits();
            assertThat(hit).singleElement().satisfies(h -> {
                assertThat(h.url()).isEqualTo("http://x/1");
                assertThat(h.snippet()).contains("<mark>الغارات</mark>");
            });
            assertThat(search.search(SearchQuery.of("\"مدينة غزة\"")).total()).isEqualTo(1);
            assertThat(search.search(SearchQuery.of("\"غزة مدينة\"")).total()).isZero();
            assertThat(search.search(SearchQuery.of("actor:Q7")).hits()).extracting(SearchResult.Hit::url).containsExactly("http://x/2");
            var all = search.search(new SearchQuery("", null, "fight", null, null, null, 0, 10));
            assertThat(all.total()).isEqualTo(1);
            var dated = search.search(new SearchQuery(null, null, null, null, LocalDate.parse("2015-07-01"), LocalDate.parse("2015-07-31"), 0, 10));
            assertThat(dated.hits()).extracting(SearchResult.Hit::url).containsExactly("http://x/1");
            var facets = search.search(SearchQuery.of("")).facets();
            assertThat(facets.get("month")).extracting(SearchResult.FacetCount::value).containsExactlyInAnyOrder("2015-07", "2015-08");
            assertThat(facets.get("type")).hasSize(2);
            assertThat(facets.get("source")).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo("x"));
            assertThat(search.search(SearchQuery.of("unbalanced \"quote (")).total()).isZero();
        }
    }

    @Test
    void articlesCommittedToSqlButNotToTheIndexAreIndexedOnOpen() {
        try (var tables = Tables.open(dir.resolve(Store.DATABASE))) {
            // what a crash between the SQL commit and the index commit leaves behind
            tables.insert(List.of(Fixtures.article("http://x/1", "2015-07-21", GAZA, "Q1", "المتحدث", "attack")));
        }
        try (var store = Store.open(dir)) {
            assertThat(store.search().search(SearchQuery.of("غزة")).total()).isEqualTo(1);
            assertThat(store.repair()).isZero();
        }
    }
}
