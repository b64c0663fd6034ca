package org.rasid.extract.quotes;

/** A resolved speaker: actor id (null when unnamed or unknown), the words naming it, its role. */
record Speaker(String id, String text, String role) {
}
