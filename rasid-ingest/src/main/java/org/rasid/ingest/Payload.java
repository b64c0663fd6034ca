package org.rasid.ingest;

/**
 * The raw bytes of one input before decoding.
 *
 * @param name            how errors and {@code source} name the input (a path, a URL, "stdin")
 * @param url             where it was fetched from, or null
 * @param declaredCharset the charset the transport declared (HTTP Content-Type), or null
 * @param kind            what the name or content type says it is ({@link InputKind#UNKNOWN} to sniff)
 */
public record Payload(String name, String url, byte[] bytes, String declaredCharset, InputKind kind) {
}
