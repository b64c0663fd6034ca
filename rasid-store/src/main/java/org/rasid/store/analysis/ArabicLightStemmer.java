package org.rasid.store.analysis;

/**
 * Strips stacked clitics from a normalized Arabic word (alef forms folded, ة written ه, ى written ي): a
 * conjunction (و ف), then a preposition (ب ك ل), then the article ال (ل+ال is written لل), and at the end one
 * attached pronoun or else one plural, dual or feminine ending. Unlike Lucene's ArabicStemmer, which removes one prefix from a fixed
 * list, the proclitics stack (وبالأخبار → اخبار) and each step keeps a stem of at least {@link #MIN_STEM} letters.
 * Pure: works on a char buffer in place and returns the new length.
 */
public final class ArabicLightStemmer {
    static final int MIN_STEM = 3;
    /** Attached pronouns, longest first. */
    private static final String[] PRONOUNS = {"هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ك"};
    /** Plural, dual and feminine endings after normalization (ة is ه, ية is يه). */
    private static final String[] ENDINGS = {"ات", "ون", "ين", "ان", "يه", "ه", "ي"};

    private ArabicLightStemmer() {
    }

    /** Suffixes go first, so that a proclitic is only taken from what is left (كتابهم keeps its ك). */
    public static int stem(char[] s, int len) {
        len = suffix(s, len);
        int start = proclitics(s, len);
        if (start > 0) {
            System.arraycopy(s, start, s, 0, len - start);
            len -= start;
        }
        return len;
    }

    /** How many leading characters are proclitics. */
    static int proclitics(char[] s, int len) {
        int i = 0;
        if (len - i > MIN_STEM + 1 && (s[i] == 'و' || s[i] == 'ف')) {
            i++;
        }
        if (len - i >= MIN_STEM + 2 && s[i] == 'ل' && s[i + 1] == 'ل') {
            return i + 2; // لل = ل + ال
        }
        if (len - i > MIN_STEM + 1 && (s[i] == 'ب' || s[i] == 'ك' || s[i] == 'ل')) {
            i++;
        }
        if (len - i >= MIN_STEM + 2 && s[i] == 'ا' && s[i + 1] == 'ل') {
            i += 2;
        }
        return i;
    }

    /**
     * Removes an attached pronoun, or else one inflection ending. Before a pronoun ة is written ت (حكومته):
     * that ت goes too, so حكومته and الحكومة share a stem.
     */
    static int suffix(char[] s, int len) {
        int bare = strip(s, len, PRONOUNS);
        if (bare < len) {
            return bare > MIN_STEM + 1 && s[bare - 1] == 'ت' ? bare - 1 : bare;
        }
        return strip(s, len, ENDINGS);
    }

    private static int strip(char[] s, int len, String[] suffixes) {
        for (String suffix : suffixes) {
            if (len - suffix.length() >= MIN_STEM && endsWith(s, len, suffix)) {
                return len - suffix.length();
            }
        }
        return len;
    }

    private static boolean endsWith(char[] s, int len, String suffix) {
        int offset = len - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (s[offset + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
