package org.rasid.text.number;

import java.util.List;
import org.rasid.core.model.Token;
import org.rasid.text.number.NumberWords.Kind;
import org.rasid.text.number.NumberWords.Word;

/**
 * Reads one amount starting at a token: digits in any script with an optional scale word (3 ملايين، 2.5
 * مليار), a compound of number words (ثلاثة وعشرون، مئة وخمسون ألفا، ثلاثة آلاف وخمسمائة), or a vague
 * amount (عشرات، مئات الآلاف، بضعة آلاف).
 */
public final class QuantityParser {
    /** An amount read from tokens {@code [start, end)}. */
    public record Parsed(int start, int end, Quantity quantity) {
    }

    private QuantityParser() {
    }

    public static Parsed parse(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.type() == Token.Type.number) {
            return digits(tokens, i);
        }
        return t.type() == Token.Type.word ? words(tokens, i) : null;
    }

    /** The value of a digit token's normalized text (ASCII digits, '.' and ','), or null for 27.8.2021. */
    static Double digitValue(String norm) {
        int dot = norm.indexOf('.');
        if (dot >= 0 && norm.indexOf('.', dot + 1) >= 0) {
            return null;
        }
        String whole = dot < 0 ? norm : norm.substring(0, dot);
        String plain = norm;
        if (whole.indexOf(',') >= 0) {
            String[] groups = whole.split(",");
            boolean thousands = java.util.Arrays.stream(groups).skip(1).allMatch(g -> g.length() == 3);
            if (thousands) {
                plain = norm.replace(",", "");
            } else if (dot < 0 && groups.length == 2) {
                plain = norm.replace(',', '.'); // a decimal comma: 3,5
            } else {
                return null;
            }
        }
        try {
            double v = Double.parseDouble(plain);
            return v < 1e18 ? v : null; // no sensible amount has more digits; keeps values finite
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Parsed digits(List<Token> tokens, int i) {
        Double v = digitValue(tokens.get(i).norm());
        if (v == null) {
            return null;
        }
        int j = i + 1;
        if (j < tokens.size() && tokens.get(j).type() == Token.Type.word) {
            Word w = NumberWords.lookup(tokens.get(j));
            boolean plainScale = w != null && ((w.kind() == Kind.SCALE && isPowerOfTen(w.value())) || w.kind() == Kind.PLURAL_SCALE);
            if (plainScale) {
                return new Parsed(i, j + 1, Quantity.exact(v * w.value()));
            }
        }
        return new Parsed(i, j, Quantity.exact(v));
    }

    private static Parsed words(List<Token> tokens, int i) {
        Word first = NumberWords.lookup(tokens.get(i));
        if (first == null) {
            return null;
        }
        if (first.kind() == Kind.TEEN && i > 0 && tokens.get(i - 1).norm().startsWith("ال")) {
            return null; // the teen of an ordinal: الخامسة عشرة، الحادي عشر
        }
        if (first.kind() == Kind.VAGUE || first.kind() == Kind.PLURAL_SCALE) {
            return vague(tokens, i, first);
        }
        double total = 0;
        double current = 0;
        Kind last = null;
        double lastScale = 0;
        int end = i;
        for (int j = i; j < tokens.size(); j++) {
            Token tk = tokens.get(j);
            boolean conj = false;
            if (j > i) {
                if (tk.norm().equals("و") && j + 1 < tokens.size() && NumberWords.lookup(tokens.get(j + 1)) != null) {
                    tk = tokens.get(++j);
                    conj = true;
                } else {
                    conj = NumberWords.hasConjunction(tk.norm());
                }
            }
            Word w = tk.type() == Token.Type.word ? NumberWords.lookup(tk) : null;
            if (w == null || (j > i && !continues(last, w, conj, current))) {
                break;
            }
            switch (w.kind()) {
                case UNIT, TENS -> current += w.value();
                case TEEN -> current += 10;
                case HUNDREDS -> current = (!conj && last == Kind.UNIT && w.value() == 100) ? current * 100 : current + w.value();
                case SCALE -> {
                    total += current == 0 ? w.value() : current * w.value();
                    lastScale = isPowerOfTen(w.value()) ? w.value() : w.value() / 2; // ألفان: the scale is 1000
                    current = 0;
                }
                case PLURAL_SCALE -> {
                    total += current * w.value();
                    current = 0;
                }
                default -> throw new IllegalStateException("vague word inside a compound: " + w);
            }
            last = w.kind();
            end = j + 1;
        }
        if (NumberWords.needsFollower(first) && end == i + 1) {
            return null;
        }
        // "مليار ونصف" = 1.5 billion: a half of the scale just read
        if (last == Kind.SCALE && current == 0) {
            int half = half(tokens, end);
            if (half > end) {
                total += lastScale / 2;
                end = half;
            }
        }
        return new Parsed(i, end, Quantity.exact(total + current));
    }

    /** Where "ونصف" / "و نصف" after token {@code j} ends, or {@code j} when there is none. */
    private static int half(List<Token> tokens, int j) {
        if (j < tokens.size() && tokens.get(j).norm().equals("ونصف")) {
            return j + 1;
        }
        boolean split = j + 1 < tokens.size() && tokens.get(j).norm().equals("و") && tokens.get(j + 1).norm().equals("نصف");
        return split ? j + 2 : j;
    }

    /** Whether word {@code w} continues the compound read so far. */
    private static boolean continues(Kind last, Word w, boolean conj, double current) {
        if (conj) {
            return w.kind() == Kind.UNIT || w.kind() == Kind.TENS || w.kind() == Kind.HUNDREDS || w.kind() == Kind.SCALE
                    || (w.kind() == Kind.TEEN && last != Kind.UNIT);
        }
        return switch (w.kind()) {
            case TEEN -> last == Kind.UNIT;
            case HUNDREDS -> last == Kind.UNIT && w.value() == 100;
            case SCALE -> current > 0 && isPowerOfTen(w.value());
            case PLURAL_SCALE -> current > 0 && current <= 10;
            default -> false;
        };
    }

    /** عشرات، مئات، بضعة، آلاف alone, or followed by a plural scale: عشرات الآلاف = 20,000..99,999. */
    private static Parsed vague(List<Token> tokens, int i, Word first) {
        double min = first.min();
        double max = first.max();
        int end = i + 1;
        if (first.kind() == Kind.VAGUE && end < tokens.size()) {
            Word next = NumberWords.lookup(tokens.get(end));
            if (next != null && (next.kind() == Kind.PLURAL_SCALE || (next.kind() == Kind.HUNDREDS && next.value() == 100))) {
                double scale = next.value();
                min *= scale;
                max = (max + 1) * scale - 1;
                end++;
            }
        }
        return new Parsed(i, end, Quantity.range(min, max));
    }

    private static boolean isPowerOfTen(double v) {
        double log = Math.log10(v);
        return Math.abs(log - Math.rint(log)) < 1e-9;
    }
}
