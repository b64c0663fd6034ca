package org.rasid.core.model;

/** Text that cleaning dropped from the source, with the reason (e.g. "masthead", "duplicate-caption"). */
public record Removed(String text, String reason) {
}
