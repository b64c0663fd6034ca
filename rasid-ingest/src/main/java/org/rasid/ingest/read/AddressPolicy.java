package org.rasid.ingest.read;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import org.rasid.core.RasidException;
import org.rasid.core.RasidException.Problem;

/**
 * Which URLs may be fetched: only http and https, and, unless private addresses are allowed, only hosts
 * whose every address is public (not loopback, private, link-local, unique-local, CGNAT or multicast),
 * so that a page cannot make Rasid probe the local network.
 */
public final class AddressPolicy {
    private final boolean allowPrivate;

    public AddressPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    public void check(URI uri, String input) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RasidException(Problem.URL_REFUSED, input, "only http and https URLs are fetched: " + uri);
        }
        if (uri.getHost() == null) {
            throw new RasidException(Problem.URL_REFUSED, input, "URL has no host: " + uri);
        }
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new RasidException(Problem.URL_FAILED, input, "unknown host " + uri.getHost());
        }
        for (InetAddress a : addresses) {
            if (isPrivate(a)) {
                throw new RasidException(Problem.URL_REFUSED, input, "refused: " + uri.getHost() + " resolves to the "
                        + "private or local address " + a.getHostAddress() + " (use --allow-private to fetch it)");
            }
        }
    }

    static boolean isPrivate(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocalV6 = a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
        boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocalV6 || carrierNat;
    }
}
