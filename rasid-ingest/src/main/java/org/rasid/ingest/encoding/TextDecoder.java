package org.rasid.ingest.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/**
 * Turns bytes into text. Evidence in order of trust: a byte-order mark, the charset the transport declared,
 * a {@code <meta charset>} or http-equiv declaration in HTML, then the bytes themselves: strict UTF-8 first,
 * else whichever of windows-1256 and ISO-8859-6 yields more Arabic letters. Binary content is refused.
 */
public final class TextDecoder {
    /** Decoded text and the charset that was used. */
    public record Decoded(String text, Charset charset) {
    }

    static final Charset CP1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    /** Below this share of Arabic letters among the non-ASCII characters, a legacy decode is not believed. */
    static final double MIN_ARABIC_SHARE = 0.6;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes, String declared, boolean markup, String input) {
        Decoded bom = byBom(bytes);
        if (bom != null) {
            return bom;
        }
        BinaryCheck.check(bytes, input);
        Charset charset = named(declared);
        if (charset == null && markup) {
            charset = named(metaCharset(bytes));
        }
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            // A declared legacy charset is trusted only if the bytes are not valid UTF-8 (a common mislabel).
            String utf8 = strictUtf8(bytes);
            return utf8 != null && hasNonAscii(bytes) ? new Decoded(utf8, StandardCharsets.UTF_8)
                    : new Decoded(new String(bytes, charset), charset);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        return legacyArabic(bytes, input);
    }

    private static Decoded byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        return null;
    }

    /** The charset a page or feed declares in its first few kilobytes (meta tag or XML declaration). */
    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return !m.find() ? null : m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static Charset named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static String strictUtf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded legacyArabic(byte[] bytes, String input) {
        String cp1256 = new String(bytes, CP1256);
        String iso = new String(bytes, ISO_8859_6);
        double s1256 = arabicShare(cp1256);
        double sIso = arabicShare(iso);
        if (Math.max(s1256, sIso) < MIN_ARABIC_SHARE) {
            throw new RasidException(Problem.ENCODING, input,
                    "not valid UTF-8 and not Arabic in windows-1256 or ISO-8859-6 either");
        }
        return s1256 >= sIso ? new Decoded(cp1256, CP1256) : new Decoded(iso, ISO_8859_6);
    }

    /**
     * The share of non-ASCII characters that sit in all-Arabic words (or are Arabic punctuation). U+FFFD from
     * unmapped bytes counts against, and so do Arabic letters inside Latin words, which is what French or
     * other Latin-1 text looks like when misread as ISO-8859-6.
     */
    static double arabicShare(String text) {
        int nonAscii = 0;
        int arabic = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                nonAscii += c >= 0x80 ? 1 : 0;
                arabic += c == '\u060C' || c == '\u061F' || c == '\u061B' ? 1 : 0;
                i++;
                continue;
            }
            int start = i;
            boolean pure = true;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                pure &= isArabic(text.charAt(i));
                i++;
            }
            int wide = 0;
            for (int k = start; k < i; k++) {
                wide += text.charAt(k) >= 0x80 ? 1 : 0;
            }
            nonAscii += wide;
            arabic += pure ? wide : 0;
        }
        return nonAscii == 0 ? 0 : (double) arabic / nonAscii;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640';
    }

    private static boolean isArabic(char c) {
        return c >= 0x0621 && c <= 0x0652 || c == '\u0640';
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
