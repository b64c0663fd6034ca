package org.rasid.core.pipeline;

import java.util.Set;
import org.rasid.core.Document;
import org.rasid.core.Layer;

/**
 * One step of analysis with one job: reads the layers it {@link #requires()}, returns the document with the
 * layers it {@link #provides()}. Implementations must be thread-safe (the same pipeline object serves the CLI,
 * the server and Spark executors) and load their models once, lazily.
 *
 * <p>Stages are found with {@link java.util.ServiceLoader}: a module adds a stage by listing its class in
 * {@code META-INF/services/org.rasid.core.pipeline.Stage}; no other stage or the pipeline changes.
 */
public interface Stage {
    /** A short stable name, e.g. "tokens", used to select and order stages. */
    String name();

    Set<Layer<?>> requires();

    Set<Layer<?>> provides();

    Document process(Document doc);
}
