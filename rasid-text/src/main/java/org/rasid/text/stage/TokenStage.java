package org.rasid.text.stage;

import java.util.ArrayList;
import java.util.Set;
import org.rasid.core.Document;
import org.rasid.core.Layer;
import org.rasid.core.Layers;
import org.rasid.core.model.Paragraph;
import org.rasid.core.model.Token;
import org.rasid.core.pipeline.Stage;
import org.rasid.text.token.Tokenizer;

/** Tokenizes each paragraph separately, so no token crosses a paragraph boundary. */
public final class TokenStage implements Stage {
    private final Tokenizer tokenizer = Tokenizer.standard();

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.PARAGRAPHS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Document process(Document doc) {
        var tokens = new ArrayList<Token>();
        for (Paragraph p : Blocks.of(doc)) {
            tokens.addAll(tokenizer.tokenize(doc.text(), p.start(), p.end()));
        }
        return doc.with(Layers.TOKENS, tokens);
    }
}
