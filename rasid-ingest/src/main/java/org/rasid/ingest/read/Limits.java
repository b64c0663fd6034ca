package org.rasid.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/** Reading streams without ever holding more than the size limit. */
public final class Limits {
    private Limits() {
    }

    public static byte[] readCapped(InputStream in, String name, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new RasidException(Problem.TOO_LARGE, name, "too large (over " + maxBytes + " bytes)");
        }
        return bytes;
    }

    /** Stdin, read up to the limit. */
    public static byte[] readStdin(InputStream in, long maxBytes) {
        try {
            return readCapped(in, "stdin", maxBytes);
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, "stdin", "cannot read: " + e.getMessage());
        }
    }
}
