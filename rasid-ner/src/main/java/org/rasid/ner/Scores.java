package org.rasid.ner;

import java.util.Map;

/**
 * Entity scores: micro and per type, percentages rounded to 0.01. {@code confusion} counts gold type (row) against
 * predicted type (column) for exactly matching spans, with a last row/column for "no entity there".
 */
public record Scores(Prf micro, Map<String, Prf> perType, int[][] confusion) {
    public record Prf(double p, double r, double f1, int support) {
        static Prf of(int gold, int predicted, int correct) {
            double p = predicted == 0 ? 0 : 100.0 * correct / predicted;
            double r = gold == 0 ? 0 : 100.0 * correct / gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Prf(round(p), round(r), round(f), gold);
        }

        private static double round(double x) {
            return Math.round(x * 100) / 100.0;
        }
    }
}
