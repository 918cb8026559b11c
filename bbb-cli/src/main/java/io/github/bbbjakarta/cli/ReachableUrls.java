package io.github.bbbjakarta.cli;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The URLs under which a simulator bound to an address can be reached. Bound to one address, that is the
 * simulator's own URL; bound to all interfaces ({@code 0.0.0.0}, {@code ::}), the first is on an outward-facing
 * IPv4 address of this machine (what a container or VM can reach; loopback if there is none), then the others
 * and loopback. Stateless.
 */
final class ReachableUrls {
    private ReachableUrls() {
    }

    /** The URLs of {@code apiUrl} (as the simulator reports it) for a simulator bound to {@code bindAddress}. */
    static List<URI> of(URI apiUrl, String bindAddress) {
        InetAddress bound;
        try {
            bound = InetAddress.getByName(bindAddress);
        } catch (UnknownHostException e) {
            return List.of(apiUrl);
        }
        if (!bound.isAnyLocalAddress()) {
            return List.of(apiUrl);
        }
        List<URI> urls = new ArrayList<>();
        for (InetAddress address : outwardAddresses()) {
            urls.add(withHost(apiUrl, address.getHostAddress()));
        }
        URI loopback = withHost(apiUrl, InetAddress.getLoopbackAddress().getHostAddress());
        if (!urls.contains(loopback)) {
            urls.add(loopback);
        }
        return List.copyOf(urls);
    }

    /**
     * For a simulator bound to all interfaces, the host browsers elsewhere should use: the first outward IPv4
     * address (loopback if there is none); empty for a simulator bound to one address, whose own is right.
     */
    static Optional<String> outwardHost(String bindAddress) {
        try {
            if (!InetAddress.getByName(bindAddress).isAnyLocalAddress()) {
                return Optional.empty();
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        List<InetAddress> outward = outwardAddresses();
        return Optional.of((outward.isEmpty() ? InetAddress.getLoopbackAddress() : outward.get(0)).getHostAddress());
    }

    /** The IPv4 addresses of this machine's interfaces that are up and not loopback, in interface order. */
    private static List<InetAddress> outwardAddresses() {
        List<InetAddress> addresses = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        addresses.add(a);
                    }
                }
            }
        } catch (SocketException e) {
            // no interface list: loopback only
        }
        return addresses;
    }

    private static URI withHost(URI url, String host) {
        try {
            return new URI(url.getScheme(), null, host, url.getPort(), url.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot build a URL for " + host, e);
        }
    }
}
