package org.rasid.text.segment;

import org.rasid.core.model.Segment;

/** One segment of a mark-free word: how many of its letters it covers, its dictionary form and its kind. */
record Piece(int letters, String form, Segment.Kind kind) {
}
