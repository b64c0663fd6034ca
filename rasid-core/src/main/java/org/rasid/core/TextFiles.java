package org.rasid.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.rasid.core.RasidException.Problem;

/** Whole text files read for the evaluators and trainers, with the one-line errors users get for bad ones. */
public final class TextFiles {
    private TextFiles() {
    }

    /** The file as strictly decoded UTF-8: a missing, unreadable or non-UTF-8 file is a {@link RasidException}. */
    public static String readUtf8(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readUtf8(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new RasidException(Problem.NOT_FOUND, file.toString(), "no such file");
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, file.toString(), "cannot read: " + e.getMessage());
        }
    }

    /** The whole stream as strictly decoded UTF-8; {@code name} is the input the errors name (a file, or - for stdin). */
    public static String readUtf8(InputStream in, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new RasidException(Problem.ENCODING, name, "not UTF-8 text");
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, name, "cannot read: " + e.getMessage());
        }
    }
}
