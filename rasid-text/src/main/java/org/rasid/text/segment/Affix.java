package org.rasid.text.segment;

import org.rasid.core.model.Segment;

/**
 * The clitics and suffixes of the Farasa segmentation scheme, each with how it is written ({@code surface}),
 * how a dictionary writes it ({@code form}) and its segment kind. Proclitics come in the order
 * conjunction, preposition or future particle, article.
 */
enum Affix {
    WA("و", Segment.Kind.prefix), FA("ف", Segment.Kind.prefix),
    BI("ب", Segment.Kind.prefix), KA("ك", Segment.Kind.prefix), LI("ل", Segment.Kind.prefix),
    SA("س", Segment.Kind.prefix), AL("ال", Segment.Kind.prefix),
    /** The article after ل, written as one ل (ل+ال+محتوى = للمحتوى). */
    AL_AFTER_LI("ل", "ال", Segment.Kind.prefix),
    /** The article after ل before a stem that starts with ل, not written at all (ل+ال+لغة = للغة). */
    AL_ELIDED("", "ال", Segment.Kind.prefix),

    TA_MARBUTA("ة", Segment.Kind.suffix),
    /** ة written open before a further suffix (ولادت+ه), or the past-tense subject ت (كان+ت). */
    TA("ت", Segment.Kind.suffix),
    AT("ات", Segment.Kind.suffix), IN("ين", Segment.Kind.suffix), UN("ون", Segment.Kind.suffix),
    AN("ان", Segment.Kind.suffix),
    /** Dual or plural construct ي (مؤسس+ي), or the first person pronoun (كتاب+ي): one surface, one cut. */
    YA("ي", Segment.Kind.suffix),
    WAW("و", Segment.Kind.suffix),
    /** Accusative tanween alif (عام+ا) or dual subject (يكون+ا). */
    ALIF("ا", Segment.Kind.suffix),
    WA_PL("وا", Segment.Kind.suffix), NA("نا", Segment.Kind.suffix), TUM("تم", Segment.Kind.suffix),
    NUN("ن", Segment.Kind.suffix),
    HU("ه", Segment.Kind.pronoun), HA("ها", Segment.Kind.pronoun), HUM("هم", Segment.Kind.pronoun),
    HUMA("هما", Segment.Kind.pronoun), HUNNA("هن", Segment.Kind.pronoun), KA_PRON("ك", Segment.Kind.pronoun),
    KUM("كم", Segment.Kind.pronoun), KUNNA("كن", Segment.Kind.pronoun);

    final String surface;
    final String form;
    final Segment.Kind kind;

    Affix(String surface, Segment.Kind kind) {
        this(surface, surface, kind);
    }

    Affix(String surface, String form, Segment.Kind kind) {
        this.surface = surface;
        this.form = form;
        this.kind = kind;
    }

    /** Pronouns, counting ي and نا, which are pronouns or inflections by one spelling. */
    boolean isPronoun() {
        return kind == Segment.Kind.pronoun || this == YA || this == NA;
    }
}
