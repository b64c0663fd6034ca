package org.rasid.text.normalize;

/**
 * One Arabic normalization rule over single UTF-16 chars: what a char becomes, or {@code null} when the rule
 * leaves it alone. Rules are pure and context-free, so {@link ArabicNormalizer} can compose a chain of them
 * into one lookup table once and normalize with a single array read per char.
 */
public interface NormalizationRule {
    /** The replacement of {@code c} (possibly empty, possibly several chars), or {@code null} to keep it. */
    String apply(char c);
}
