package org.rasid.text.number;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A parsed amount as a range: {@code min == max} for an exact number, {@code min < max} for vague ones
 * (عشرات = 20..99), a null bound where the text gives none ("أكثر من 100" has no max). {@code approx} marks
 * hedged amounts (نحو، قرابة، حوالي). {@code unit} is "%" for percentages, an ISO 4217 code for money when the
 * currency is known (otherwise the currency word), and absent for plain numbers. Whole values are Longs so
 * they print as 1000, not 1000.0.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quantity(Number min, Number max, boolean approx, String unit) {
    public static Quantity exact(double value) {
        Number n = number(value);
        return new Quantity(n, n, false, null);
    }

    public static Quantity range(double min, double max) {
        return new Quantity(number(min), number(max), false, null);
    }

    public Quantity approximate() {
        return new Quantity(min, max, true, unit);
    }

    public Quantity withUnit(String newUnit) {
        return new Quantity(min, max, approx, newUnit);
    }

    public Quantity withBounds(Number newMin, Number newMax) {
        return new Quantity(newMin, newMax, approx, unit);
    }

    @JsonIgnore
    public boolean isExact() {
        return min != null && min.equals(max) && !approx;
    }

    static Number number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v;
        }
        return v;
    }
}
