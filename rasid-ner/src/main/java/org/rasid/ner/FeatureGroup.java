package org.rasid.ner;

/** Switchable groups of features, so each ingredient's worth can be measured on dev (docs/ner.md). */
public enum FeatureGroup {
    /** The word and its folded form. */
    WORD,
    /** Prefixes of the folded word and suffixes of its stem, 1-4 letters. */
    AFFIX,
    /** The stem after proclitics, the proclitics themselves. */
    CLITIC,
    /** Letter trigrams of the stem: transliterated foreign names have telltale spellings. */
    NGRAM,
    /** Letter classes (Arabic, Latin, digit, punctuation) and length. */
    SHAPE,
    /** Word clusters learned from raw news. */
    CLUSTER,
    /** Frequency in raw news and how often the word takes the article. */
    FREQ,
    /** GeoNames places and countries. */
    GAZETTEER,
    /** Title and trigger words. */
    TRIGGER,
    /** Which class of title or trigger word raw news writes before the word ({@link TriggerContext}). */
    CONTEXT,
    /** The features of the two words either side. */
    WINDOW,
    /** Entity names of the training data ({@link EntityList}), jackknifed while training. */
    ENTITIES,
    /** A second model over the first pass's labels of the document ({@link StackFeatures}). */
    STACK,
    /**
     * Names tagged in other corpora ({@code --names}: AQMAR, the Wojood sample), matched like {@link #ENTITIES} but
     * not jackknifed (no name comes from the training sentences); off by default.
     */
    EXTERNAL
}
