package org.rasid.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasid.core.TextFiles;
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
        if (input.equals("-")) {
            return TextFiles.readUtf8(System.in, input);
        }
        return TextFiles.readUtf8(Path.of(input));
    }
}
