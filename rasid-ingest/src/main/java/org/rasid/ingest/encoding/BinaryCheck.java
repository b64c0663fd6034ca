package org.rasid.ingest.encoding;

import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/** Refuses content that is not text: NUL bytes, or many control bytes, in the first {@value #SAMPLE} bytes. */
final class BinaryCheck {
    static final int SAMPLE = 8192;
    static final double MAX_CONTROL_SHARE = 0.05;

    private BinaryCheck() {
    }

    static void check(byte[] bytes, String input) {
        int n = Math.min(bytes.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new RasidException(Problem.BINARY, input, "binary content (NUL bytes), not text");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        if (n > 0 && (double) control / n > MAX_CONTROL_SHARE) {
            throw new RasidException(Problem.BINARY, input, "binary content (" + control + " control bytes in the first "
                    + n + "), not text");
        }
    }
}
