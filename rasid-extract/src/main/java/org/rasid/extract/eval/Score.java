package org.rasid.extract.eval;

/** Counts of one kind of item: matched, expected (gold) and extracted (system), with precision, recall and F1. */
public record Score(int matched, int gold, int system) {
    public double precision() {
        return system == 0 ? 0 : (double) matched / system;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Score plus(Score o) {
        return new Score(matched + o.matched, gold + o.gold, system + o.system);
    }
}
