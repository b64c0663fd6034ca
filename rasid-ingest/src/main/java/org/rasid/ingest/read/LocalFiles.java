package org.rasid.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/** Reads local files with a size cap checked before reading, and lists directories in a stable order. */
public final class LocalFiles {
    private LocalFiles() {
    }

    /** The file's bytes (gunzipped for ".gz"); refused by its size on disk before anything is read. */
    public static byte[] read(Path path, long maxBytes) {
        String name = path.toString();
        checkReadable(path);
        long size = size(path);
        if (size > maxBytes) {
            throw new RasidException(Problem.TOO_LARGE, name, "too large (" + size + " bytes, limit " + maxBytes + ")");
        }
        try (InputStream in = open(path)) {
            return Limits.readCapped(in, name, maxBytes);
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, name, "cannot read: " + e.getMessage());
        }
    }

    /** A stream over the file's content, gunzipped for ".gz"; the caller closes it. */
    public static InputStream open(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        return path.getFileName().toString().toLowerCase().endsWith(".gz") ? new GZIPInputStream(in, 65536) : in;
    }

    public static void checkReadable(Path path) {
        if (!Files.exists(path)) {
            throw new RasidException(Problem.NOT_FOUND, path.toString(), "no such file or directory");
        }
        if (!Files.isReadable(path)) {
            throw new RasidException(Problem.UNREADABLE, path.toString(), "permission denied");
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, path.toString(), "cannot stat: " + e.getMessage());
        }
    }

    /** The files under a directory, recursively, sorted by path; hidden files and folders are passed over. */
    public static List<Path> list(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !isHidden(dir, p)).filter(Files::isRegularFile).sorted().toList();
        } catch (AccessDeniedException e) {
            throw new RasidException(Problem.UNREADABLE, dir.toString(), "permission denied: " + e.getFile());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new RasidException(Problem.UNREADABLE, dir.toString(), "cannot list directory: " + e.getMessage());
        }
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
