package org.rasid.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The web page's files, read from the class path under {@code web/}. Only plain names of known types are served,
 * so no request path can reach outside that folder.
 */
final class StaticFiles {
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}\\.(html|css|js|svg)");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml");

    record File(byte[] bytes, String contentType) {
    }

    /** The file for a request path such as "/" or "/app.js", or null when there is none. */
    static File find(String path) throws IOException {
        String name = path.equals("/") ? "index.html" : path.substring(1);
        if (!NAME.matcher(name).matches()) {
            return null;
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                return null;
            }
            return new File(in.readAllBytes(), TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
        }
    }
}
