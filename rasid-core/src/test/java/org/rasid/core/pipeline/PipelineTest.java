package org.rasid.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.core.Document;
import org.rasid.core.Layer;
import org.rasid.core.Layers;
import org.rasid.core.model.Metadata;
import org.rasid.core.model.Sentence;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private static final Layer<String> A = Layer.of("a", String.class);
    private static final Layer<String> B = Layer.of("b", String.class);

    /** A stage that appends its name to every layer it provides. */
    private record Fake(String name, Set<Layer<?>> requires, Set<Layer<?>> provides) implements Stage {
        @Override
        @SuppressWarnings("unchecked")
        public Document process(Document doc) {
            for (Layer<?> layer : provides) {
                var list = new ArrayList<>(doc.get((Layer<String>) layer));
                list.add(name);
                doc = doc.with((Layer<String>) layer, list);
            }
            return doc;
        }
    }

    @Test
    void runsProvidersBeforeConsumersWhateverTheirNames() {
        var p = Pipeline.ordered(List.of(
                new Fake("a-reader", Set.of(B), Set.of()),
                new Fake("z-maker", Set.of(Layers.PARAGRAPHS), Set.of(B))));
        assertThat(p.names()).containsExactly("z-maker", "a-reader");
    }

    @Test
    void stagesThatAddToALayerRunAfterItsCreatorAndBeforeItsReaders() {
        var p = Pipeline.ordered(List.of(
                new Fake("reader", Set.of(A), Set.of(B)),
                new Fake("adder2", Set.of(A), Set.of(A)),
                new Fake("adder1", Set.of(A), Set.of(A)),
                new Fake("creator", Set.of(), Set.of(A))));
        assertThat(p.names()).containsExactly("creator", "adder1", "adder2", "reader");
        var doc = p.process(Document.of(Metadata.of("t"), "x"));
        assertThat(doc.get(A)).containsExactly("creator", "adder1", "adder2");
    }

    @Test
    void aLayerWithoutCreatorStartsEmptyForStagesThatAddToIt() {
        var p = Pipeline.ordered(List.of(new Fake("adder", Set.of(A), Set.of(A)), new Fake("reader", Set.of(A), Set.of())));
        assertThat(p.names()).containsExactly("adder", "reader");
    }

    @Test
    void refusesARequirementThatNoStageProvides() {
        assertThatThrownBy(() -> Pipeline.ordered(List.of(new Fake("lonely", Set.of(A), Set.of(B)))))
                .hasMessageContaining("lonely").hasMessageContaining("'a'");
    }

    @Test
    void refusesCyclesAndDuplicateNames() {
        assertThatThrownBy(() -> Pipeline.ordered(List.of(new Fake("x", Set.of(A), Set.of(B)), new Fake("y", Set.of(B), Set.of(A)))))
                .hasMessageContaining("wait on each other");
        assertThatThrownBy(() -> Pipeline.ordered(List.of(new Fake("x", Set.of(), Set.of(A)), new Fake("x", Set.of(), Set.of(B)))))
                .hasMessageContaining("two stages");
    }

    @Test
    void aFailingStageIsReportedForTheDocumentWithTheStageName() {
        var p = Pipeline.ordered(List.of(new Stage() {
            public String name() { return "broken"; }
            public Set<Layer<?>> requires() { return Set.of(); }
            public Set<Layer<?>> provides() { return Set.of(A); }
            public Document process(Document doc) { throw new IllegalStateException("boom"); }
        }));
        assertThatThrownBy(() -> p.process(Document.of(Metadata.of("news.jsonl:7"), "x")))
                .isInstanceOfSatisfying(org.rasid.core.RasidException.class, e -> {
                    assertThat(e.problem()).isEqualTo(org.rasid.core.RasidException.Problem.ANALYSIS);
                    assertThat(e.oneLine()).startsWith("news.jsonl:7: internal error in stage 'broken'").contains("boom");
                });
    }

    @Test
    void documentRefusesSpansPastTheText() {
        var doc = Document.of(Metadata.of("t"), "abc");
        assertThatThrownBy(() -> doc.with(Layers.SENTENCES, List.of(new Sentence(0, 4))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
