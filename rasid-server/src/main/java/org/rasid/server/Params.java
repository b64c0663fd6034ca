package org.rasid.server;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Validated query-string parameters: unknown names, oversized values and malformed numbers or dates are 400s. */
final class Params {
    private static final int MAX_VALUE = 500;
    private final Map<String, String> values = new HashMap<>();

    Params(URI uri, Set<String> allowed) {
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!allowed.contains(name)) {
                throw ApiError.badRequest("unknown parameter '" + name + "'; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (value.length() > MAX_VALUE) {
                throw ApiError.badRequest("parameter '" + name + "' is longer than " + MAX_VALUE + " characters");
            }
            values.put(name, value);
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("malformed query string");
        }
    }

    /** The value, or null when absent or blank. */
    String get(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    int integer(String name, int fallback, int min, int max) {
        String v = get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiError.badRequest(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be a number");
        }
    }

    LocalDate date(String name) {
        String v = get(name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be a YYYY-MM-DD date");
        }
    }
}
