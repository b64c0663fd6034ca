package org.rasid.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.text.segment.FarasaFormat;
import org.rasid.text.segment.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "segment", description = "Print text with every word cut into its clitic segments, joined by + (Farasa scheme).")
final class SegmentCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "-", description = "UTF-8 text file, or - for stdin (default).")
    String input;

    @Override
    public Integer call() {
        String text = read(input);
        var segmenter = Segmenter.standard();
        var out = new StringBuilder(text.length() * 5 / 4);
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean space = Character.isWhitespace(text.charAt(i));
            while (i < text.length() && Character.isWhitespace(text.charAt(i)) == space) {
                i++;
            }
            String run = text.substring(start, i);
            out.append(space ? run : FarasaFormat.word(segmenter, run));
        }
        var print = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        print.print(out);
        print.flush();
        return 0;
    }

    /** The whole input, strictly decoded, so that a bad file prints nothing. */
    static String read(String input) {
        try (InputStream in = input.equals("-") ? System.in : Files.newInputStream(Path.of(input))) {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (NoSuchFileException e) {
            throw new RasidException(Problem.NOT_FOUND, input, "no such file");
        } catch (CharacterCodingException e) {
            throw new RasidException(Problem.ENCODING, input, "not UTF-8 text");
        } catch (IOException e) {
            throw new RasidException(Problem.UNREADABLE, input, "cannot read: " + e.getMessage());
        }
    }
}
