package org.rasid.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;
import org.rasid.ingest.InputKind;
import org.rasid.ingest.Payload;

/**
 * Fetches one http(s) URL. Redirects are followed by hand (at most {@value #MAX_REDIRECTS}) so that every
 * target passes the {@link AddressPolicy}; the body is capped in size and the whole exchange in time.
 */
public final class UrlFetcher {
    static final int MAX_REDIRECTS = 5;
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private final HttpClient client;
    private final AddressPolicy policy;
    private final Duration timeout;
    private final long maxBytes;

    public UrlFetcher(boolean allowPrivate, Duration timeout, long maxBytes) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.policy = new AddressPolicy(allowPrivate);
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    public static boolean isUrl(String input) {
        return input.matches("(?i)^[a-z][a-z0-9+.-]*://.*");
    }

    public Payload fetch(String input) {
        URI uri = parse(input, input);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            policy.check(uri, input);
            HttpResponse<InputStream> response = send(uri, input);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response);
                uri = uri.resolve(parse(response.headers().firstValue("Location").get().strip(), input));
                continue;
            }
            if (status != 200) {
                close(response);
                throw new RasidException(Problem.URL_FAILED, input, "HTTP status " + status + " from " + uri);
            }
            if (response.headers().firstValueAsLong("Content-Length").orElse(0) > maxBytes) {
                close(response);
                throw new RasidException(Problem.TOO_LARGE, input, "too large (Content-Length over " + maxBytes + " bytes)");
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            byte[] body = readBody(response, input);
            InputKind kind = InputKind.ofContentType(contentType);
            return new Payload(input, uri.toString(), body, charsetOf(contentType),
                    kind == InputKind.UNKNOWN ? InputKind.ofName(uri.getPath() == null ? "" : uri.getPath()) : kind);
        }
        throw new RasidException(Problem.URL_FAILED, input, "more than " + MAX_REDIRECTS + " redirects");
    }

    private HttpResponse<InputStream> send(URI uri, String input) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", "rasid/0.1 (+https://github.com/rasid)")
                .header("Accept", "text/html,application/xhtml+xml,text/plain,application/json;q=0.9,*/*;q=0.5")
                .GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new RasidException(Problem.URL_FAILED, input, "timed out after " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new RasidException(Problem.URL_FAILED, input, "cannot fetch: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RasidException(Problem.URL_FAILED, input, "interrupted");
        }
    }

    /** The request timeout stops at the headers, so the body gets its own deadline. */
    private byte[] readBody(HttpResponse<InputStream> response, String input) {
        InputStream in = response.body();
        CompletableFuture<byte[]> body = CompletableFuture.supplyAsync(() -> {
            try {
                return Limits.readCapped(in, input, maxBytes);
            } catch (IOException e) {
                throw new RasidException(Problem.URL_FAILED, input, "cannot read body: " + describe(e));
            }
        });
        try {
            return body.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            close(response);
            throw new RasidException(Problem.URL_FAILED, input, "timed out reading the body after " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            close(response);
            throw e.getCause() instanceof RasidException re ? re
                    : new RasidException(Problem.URL_FAILED, input, "cannot read body: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RasidException(Problem.URL_FAILED, input, "interrupted");
        }
    }

    private static URI parse(String s, String input) {
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            throw new RasidException(Problem.URL_REFUSED, input, "not a valid URL: " + s);
        }
    }

    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the connection is being abandoned anyway
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
