package org.rasid.extract.quotes;

/** A reporting word found in a sentence: its kind, the preposition its content may start with, and where it is. */
record Cue(Kind kind, String preposition, int index) {
    enum Kind { verb, participle, noun, attribution }
}
