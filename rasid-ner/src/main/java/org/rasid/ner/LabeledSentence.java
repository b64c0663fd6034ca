package org.rasid.ner;

import java.util.List;

/** One sentence of a CoNLL file: its tokens and their BIO tags, of equal length. */
record LabeledSentence(List<String> tokens, List<String> tags) {
    LabeledSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException("tokens and tags differ in length");
        }
    }

    int size() {
        return tokens.size();
    }
}
