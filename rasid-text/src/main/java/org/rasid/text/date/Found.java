package org.rasid.text.date;

/** A date read from tokens {@code [start, end)}: its ISO value (null when unresolved) and precision. */
record Found(int start, int end, String iso, Granularity granularity, boolean relative) {
    Found from(int newStart) {
        return new Found(newStart, end, iso, granularity, relative);
    }
}
