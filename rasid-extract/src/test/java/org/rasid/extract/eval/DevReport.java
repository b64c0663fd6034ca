package org.rasid.extract.eval;

import java.nio.file.Path;
import org.rasid.core.DocumentJson;
import org.rasid.core.pipeline.Pipeline;
import org.rasid.extract.ExtractLayers;

/** Prints, per dev article, the gold quotes and events next to the extracted ones: for error analysis by hand. */
public final class DevReport {
    public static void main(String[] args) {
        var pipeline = Pipeline.standard();
        var gold = GoldReader.read(Path.of(args[0]), Path.of(args[1]));
        String kind = args.length > 2 ? args[2] : "quotes";
        for (var a : gold) {
            var doc = pipeline.process(ExtractEval.toDocument(a));
            System.out.println("=== " + a.id());
            if (kind.equals("quotes")) {
                a.quotes().forEach(q -> System.out.println("G " + q.speaker() + " | " + q.contentHead()));
                doc.get(ExtractLayers.QUOTES).forEach(q -> System.out.println("S " + q.speakerText() + " [" + q.role() + "] "
                        + q.verb() + " | " + q.content().substring(0, Math.min(60, q.content().length()))));
            } else if (kind.equals("events")) {
                a.events().forEach(e -> System.out.println("G " + e.type() + " " + e.trigger() + " @" + e.location() + " " + e.actors()));
                var names = ExtractEval.namesById(doc.get(ExtractLayers.ACTORS));
                doc.get(ExtractLayers.EVENTS).forEach(e -> System.out.println("S " + (e.negated() ? "NEG " : "")
                        + (e.hypothetical() ? "HYP " : "") + e.type() + " " + e.trigger().text() + " @" + first(names.get(e.location()))
                        + " " + e.actors().stream().map(id -> first(names.get(id))).toList() + " " + e.date() + " "
                        + e.casualties() + " | " + doc.text().substring(e.sentence().start(), e.sentence().end()).replace('\n', ' ')));
            } else {
                a.relations().forEach(r -> System.out.println("G " + r));
                doc.get(ExtractLayers.RELATIONS).forEach(r -> System.out.println("S " + r));
            }
        }
        var result = new ExtractEval(Pipeline.standard()::process, line -> System.out.println("MISS " + line)).evaluate(gold);
        System.out.println(result);
    }

    private static String first(java.util.List<String> names) {
        return names == null || names.isEmpty() ? null : names.get(0);
    }
}
