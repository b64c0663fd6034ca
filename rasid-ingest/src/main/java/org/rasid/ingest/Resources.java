package org.rasid.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** Loads the word lists, patterns and thresholds that cleaning keeps as data beside its classes. */
public final class Resources {
    private Resources() {
    }

    /** Non-blank lines of a UTF-8 resource, without '#' comment lines. */
    public static List<String> lines(Class<?> owner, String name) {
        return text(owner, name).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    public static Properties properties(Class<?> owner, String name) {
        var props = new Properties();
        try (var reader = new java.io.StringReader(text(owner, name))) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    private static String text(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
