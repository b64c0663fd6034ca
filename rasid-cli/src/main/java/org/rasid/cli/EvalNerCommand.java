package org.rasid.cli;

import java.nio.file.Path;
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

    @Override
    public Integer call() {
        NerModel m = model == null ? NerModel.shipped() : NerModel.load(model);
        System.out.println(NerEvaluator.evaluate(m, gold).toJson());
        return 0;
    }
}
