package org.rasid.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rasid.core.RasidException;
import java.util.concurrent.Callable;
import org.rasid.ner.NerEvaluator;
import org.rasid.ner.NerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ner", description = "Tag a gold CoNLL file as tokenized and print exact-span scores as one JSON line.")
final class EvalNerCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD.conll")
    Path gold;

    @Option(names = "--model", paramLabel = "DIR", description = "Model directory (default: the shipped model).")
    Path model;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Also write 'token gold predicted' lines here.")
    Path predictions;

    @Option(names = "--outside-bias", defaultValue = "0", description = "Lower the O score by this much: more recall, less precision.")
    float outsideBias;

    @Option(names = "--consistency", description = "Weight of the document-level second pass (default: the model's; 0 tags sentence by sentence; "
            + "a model with a stacked second model uses it for any other value).")
    Float consistency;

    @Override
    public Integer call() {
        NerModel m = model == null ? NerModel.shipped() : NerModel.load(model);
        if (outsideBias != 0) {
            m = m.withOutsideBias(outsideBias);
        }
        if (consistency != null) {
            m = m.withConsistency(consistency);
        }
        var result = NerEvaluator.evaluate(m, gold);
        if (predictions != null) {
            try {
                Files.writeString(predictions, result.predictions());
            } catch (IOException e) {
                throw new RasidException(RasidException.Problem.UNREADABLE, predictions.toString(), "cannot write: " + e.getMessage());
            }
        }
        System.out.println(result.toJson());
        return 0;
    }
}
