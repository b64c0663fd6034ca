package org.rasid.text.stage;

import java.util.Set;
import org.rasid.core.Document;
import org.rasid.core.Layer;
import org.rasid.core.Layers;
import org.rasid.core.pipeline.Stage;
import org.rasid.text.sentence.SentenceSplitter;

/** Splits each paragraph into sentences over its tokens. */
public final class SentenceStage implements Stage {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.PARAGRAPHS, Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Document process(Document doc) {
        return doc.with(Layers.SENTENCES, splitter.split(Blocks.of(doc), doc.get(Layers.TOKENS)));
    }
}
