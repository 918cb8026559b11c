package io.github.bbbjakarta.api.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 connection to a BBB server: writes one request, reads one answer with limits (header size,
 * body size) under a deadline. Never repeats a request and never follows a redirect. Not thread-safe: used by
 * one call at a time; {@link #abort()} may be called from any thread.
 */
final class Http1Connection {
    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_HEADERS = 200;
    private static final int MAX_INTERIM_ANSWERS = 10;
    private static final String USER_AGENT = "bbb-jakarta";

    /** A failure whose message is ready for a user: no URL, no credential. */
    static final class Problem extends IOException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message);
        }
    }

    /** One answer, and whether the connection may carry another request. */
    record Response(int status, String location, byte[] body, boolean keepAlive) {
    }

    final String origin;
    private final Socket socket;
    private final DeadlineInput deadlineInput;
    private final InputStream in;
    private final OutputStream out;
    private volatile boolean aborted;
    /** The TCP channel under the socket (null through a SOCKS proxy). */
    private SocketChannel channel;
    /** Through an HTTP proxy without a tunnel: the request names the whole URL. */
    private boolean absoluteForm;
    private long idleSince;

    private Http1Connection(String origin, Socket socket, Duration readTimeout, Duration callTimeout) throws IOException {
        this.origin = origin;
        this.socket = socket;
        this.deadlineInput = new DeadlineInput(socket, readTimeout, callTimeout);
        this.in = new BufferedInputStream(deadlineInput, 8192);
        this.out = new BufferedOutputStream(socket.getOutputStream(), 8192);
    }

    static String origin(URI url) {
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority();
    }

    /** The proxy to use for {@code url}: the first HTTP or SOCKS one the selector offers, else none. */
    static Proxy proxyFor(URI url, ProxySelector selector) {
        if (selector == null) {
            return Proxy.NO_PROXY;
        }
        List<Proxy> offered;
        try {
            offered = selector.select(url);
        } catch (RuntimeException e) {
            return Proxy.NO_PROXY;
        }
        for (Proxy p : offered == null ? List.<Proxy>of() : offered) {
            if (p.type() == Proxy.Type.DIRECT) {
                return Proxy.NO_PROXY;
            }
            if (p.address() instanceof InetSocketAddress) {
                return p;
            }
        }
        return Proxy.NO_PROXY;
    }

    /** The pool key: scheme, authority and the proxy in between. */
    static String origin(URI url, Proxy proxy) {
        return proxy.type() == Proxy.Type.DIRECT ? origin(url) : origin(url) + " via " + proxy;
    }

    /** Connects (through the proxy, if any; shaking hands for https) within the connect timeout and the deadline. */
    static Http1Connection open(URI url, TransportSettings settings, SSLSocketFactory tls, long deadline,
                                Consumer<Socket> watch) throws IOException {
        String host = url.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : https ? 443 : 80;
        Proxy proxy = proxyFor(url, settings.proxy());
        boolean httpProxy = proxy.type() == Proxy.Type.HTTP;
        // a channel's socket, so an idle pooled connection can be checked without waiting (see isStale)
        SocketChannel channel = proxy.type() == Proxy.Type.SOCKS ? null : SocketChannel.open();
        Socket socket = channel == null ? new Socket(proxy) : channel.socket();
        watch.accept(socket);
        try {
            socket.setTcpNoDelay(true);
            InetSocketAddress target;
            if (httpProxy) {
                InetSocketAddress p = (InetSocketAddress) proxy.address();
                target = p.isUnresolved() ? new InetSocketAddress(p.getHostString(), p.getPort()) : p;
            } else if (proxy.type() == Proxy.Type.SOCKS) {
                target = InetSocketAddress.createUnresolved(host, port); // the proxy resolves the name
            } else {
                target = new InetSocketAddress(host, port);
            }
            socket.connect(target, millis(Math.min(settings.connectTimeout().toNanos(), remaining(deadline))));
            if (httpProxy && https) {
                tunnel(socket, url.getHost() + ":" + port, millis(Math.min(settings.connectTimeout().toNanos(), remaining(deadline))));
            }
            if (https) {
                SSLSocket ssl = (SSLSocket) tls.createSocket(socket, host, port, true);
                SSLParameters parameters = ssl.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS"); // verify the host name too
                ssl.setSSLParameters(parameters);
                ssl.setSoTimeout(millis(Math.min(settings.connectTimeout().toNanos(), remaining(deadline))));
                ssl.startHandshake();
                socket = ssl;
            }
            Http1Connection c = new Http1Connection(origin(url, proxy), socket, settings.readTimeout(), settings.callTimeout());
            c.channel = channel;
            c.absoluteForm = httpProxy && !https;
            return c;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Asks an HTTP proxy for a tunnel ({@code CONNECT host:port}); reads its answer byte by byte. */
    private static void tunnel(Socket socket, String authority, int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        OutputStream out = socket.getOutputStream();
        out.write(("CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\nUser-Agent: " + USER_AGENT + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = socket.getInputStream();
        String status = null;
        int total = 0;
        StringBuilder line = new StringBuilder();
        while (true) {
            int b;
            try {
                b = in.read();
            } catch (SocketTimeoutException e) {
                throw new Problem("timed out: the proxy did not answer the tunnel request within the connect timeout");
            }
            if (b < 0 || ++total > MAX_HEADER_BYTES) {
                throw new Problem("the proxy closed the connection or sent an endless answer to the tunnel request");
            }
            if (b != '\n') {
                line.append((char) b);
                continue;
            }
            String text = line.toString().strip();
            line.setLength(0);
            if (status == null) {
                status = text;
            } else if (text.isEmpty()) {
                break;
            }
        }
        if (!status.startsWith("HTTP/1.") || status.length() < 12 || !status.startsWith("200", 9)) {
            String code = status.length() >= 12 && status.substring(9, 12).chars().allMatch(Character::isDigit)
                    ? status.substring(9, 12) : "?";
            throw new Problem("the proxy refused the tunnel to the BBB server: HTTP " + code
                    + (code.equals("407") ? " (proxy authentication is not supported)" : ""));
        }
    }

    /** Writes a GET, or a POST of {@code body} when it is not null. */
    void write(URI url, String accept, RequestBody body, long deadline) throws IOException {
        deadlineInput.deadline = deadline;
        String target = (absoluteForm ? origin(url) : "") + url.getRawPath()
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        StringBuilder head = new StringBuilder(target.length() + 200)
                .append(body == null ? "GET " : "POST ").append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(url.getRawAuthority()).append("\r\n")
                .append("Accept: ").append(accept).append("\r\n")
                .append("User-Agent: ").append(USER_AGENT).append("\r\n");
        if (body != null) {
            head.append("Content-Type: ").append(body.contentType()).append("\r\n")
                    .append("Content-Length: ").append(body.content().length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.write(body.content());
        }
        out.flush();
    }

    /** Reads one answer; bodies are read whatever their Content-Type, up to {@code maxSize} bytes. */
    Response read(int maxSize) throws IOException {
        int status;
        String statusLine;
        Headers headers;
        int interim = 0;
        while (true) {
            statusLine = readLine(true);
            status = parseStatus(statusLine);
            headers = readHeaders();
            if (status >= 200) {
                break;
            }
            if (status == 101 || ++interim > MAX_INTERIM_ANSWERS) {
                throw new Problem("not a usable HTTP answer (status " + status + ")");
            }
        }
        boolean http11 = statusLine.startsWith("HTTP/1.1");
        boolean keepAlive = http11 && (headers.connection == null || !headers.connection.toLowerCase(Locale.ROOT).contains("close"));
        byte[] body;
        if (status == 204 || status == 304) {
            body = new byte[0];
        } else if (headers.transferEncoding != null) {
            if (headers.transferEncoding.toLowerCase(Locale.ROOT).trim().endsWith("chunked")) {
                body = readChunked(maxSize);
            } else {
                body = readToEnd(maxSize);
                keepAlive = false;
            }
        } else if (headers.contentLength >= 0) {
            if (headers.contentLength > maxSize) {
                throw tooLarge(maxSize);
            }
            body = readExactly((int) headers.contentLength);
        } else {
            body = readToEnd(maxSize);
            keepAlive = false;
        }
        return new Response(status, headers.location, body, keepAlive);
    }

    private static Problem tooLarge(int maxSize) {
        return new Problem("the answer is larger than the limit of " + TransportSettings.bytes(maxSize) + " (maxResponseSize)");
    }

    private static int parseStatus(String line) throws Problem {
        // HTTP/1.1 200 OK
        if (line.length() < 12 || !line.startsWith("HTTP/1.") || line.charAt(8) != ' ') {
            throw new Problem("not an HTTP answer (status line " + printable(line) + ")");
        }
        String code = line.substring(9, 12);
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9') || line.length() > 12 && line.charAt(12) != ' ') {
            throw new Problem("not an HTTP answer (status line " + printable(line) + ")");
        }
        int status = Integer.parseInt(code);
        if (status < 100) {
            throw new Problem("not an HTTP answer (status " + status + ")");
        }
        return status;
    }

    private static final class Headers {
        long contentLength = -1;
        String transferEncoding;
        String connection;
        String location;
    }

    private Headers readHeaders() throws IOException {
        Headers h = new Headers();
        int bytes = 0;
        int count = 0;
        while (true) {
            String line = readLine(false);
            if (line.isEmpty()) {
                return h;
            }
            bytes += line.length() + 2;
            if (bytes > MAX_HEADER_BYTES || ++count > MAX_HEADERS) {
                throw new Problem("the answer's headers exceed " + MAX_HEADERS + " lines or " + TransportSettings.bytes(MAX_HEADER_BYTES));
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new Problem("not an HTTP answer (malformed header line)");
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> {
                    long length = parseLength(value);
                    if (h.contentLength >= 0 && h.contentLength != length) {
                        throw new Problem("not an HTTP answer (two different Content-Length headers)");
                    }
                    h.contentLength = length;
                }
                case "transfer-encoding" -> h.transferEncoding = h.transferEncoding == null ? value : h.transferEncoding + "," + value;
                case "connection" -> h.connection = h.connection == null ? value : h.connection + "," + value;
                case "location" -> h.location = value;
                default -> {
                    // not needed
                }
            }
        }
    }

    private static long parseLength(String value) throws Problem {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Problem("not an HTTP answer (invalid Content-Length)");
        }
        return Long.parseLong(value);
    }

    private byte[] readExactly(int length) throws IOException {
        // grows with what arrives (a Content-Length alone reserves no memory), never beyond it: no copy at the end
        BodyBuffer body = new BodyBuffer(length);
        while (body.size() < length) {
            if (body.readFrom(in, length - body.size()) < 0) {
                throw new Problem("the connection closed after " + body.size() + " of " + length + " bytes of the answer");
            }
        }
        return body.bytes();
    }

    private byte[] readToEnd(int maxSize) throws IOException {
        BodyBuffer body = new BodyBuffer(maxSize);
        while (true) {
            if (body.size() == maxSize) {
                if (in.read() < 0) {
                    return body.bytes();
                }
                throw tooLarge(maxSize);
            }
            if (body.readFrom(in, maxSize - body.size()) < 0) {
                return body.bytes();
            }
        }
    }

    private byte[] readChunked(int maxSize) throws IOException {
        BodyBuffer body = new BodyBuffer(maxSize);
        while (true) {
            String line = readLine(false);
            int semicolon = line.indexOf(';');
            String hex = (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
            if (hex.isEmpty() || hex.length() > 8 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new Problem("not an HTTP answer (invalid chunk size)");
            }
            long size = Long.parseLong(hex, 16);
            if (size == 0) {
                readHeaders(); // trailers
                return body.bytes();
            }
            if (body.size() + size > maxSize) {
                throw tooLarge(maxSize);
            }
            long end = body.size() + size;
            while (body.size() < end) {
                if (body.readFrom(in, (int) (end - body.size())) < 0) {
                    throw new Problem("the connection closed in the middle of the answer");
                }
            }
            if (!readLine(false).isEmpty()) {
                throw new Problem("not an HTTP answer (chunk not followed by CRLF)");
            }
        }
    }

    /**
     * An answer's bytes, read straight into one array that grows by half as data arrives, never beyond a limit:
     * the peak is about 1.5 times the body (a {@code ByteArrayOutputStream} plus its final copy needs up to 3
     * times), and a body that fills the limit exactly is returned without a copy.
     */
    private static final class BodyBuffer {
        private final int limit;
        private byte[] bytes;
        private int size;

        BodyBuffer(int limit) {
            this.limit = limit;
            this.bytes = new byte[Math.min(limit, 8192)];
        }

        int size() {
            return size;
        }

        /** Reads at most {@code max} bytes; the count, or -1 at the end of the stream. */
        int readFrom(InputStream in, int max) throws IOException {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(8192L, size + (size >> 1))));
            }
            int n = in.read(bytes, size, Math.min(max, bytes.length - size));
            if (n > 0) {
                size += n;
            }
            return n;
        }

        byte[] bytes() {
            return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
        }
    }

    /** A line without its CR LF, ISO-8859-1; at most {@link #MAX_LINE} bytes. */
    private String readLine(boolean first) throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (first && line.length() == 0) {
                    throw new Problem("the server closed the connection without answering (the request was not repeated)");
                }
                throw new Problem("the connection closed in the middle of the answer's headers");
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new Problem("not an HTTP answer (a header line is longer than " + TransportSettings.bytes(MAX_LINE) + ")");
            }
            line.append((char) b);
        }
    }

    private static String printable(String line) {
        String s = line.length() > 40 ? line.substring(0, 40) + "…" : line;
        StringBuilder b = new StringBuilder("\"");
        s.chars().forEach(c -> b.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return b.append('"').toString();
    }

    /** Whether an idle pooled connection was closed by the server (or sent something unasked). */
    boolean isStale(long maxIdleNanos) {
        if (aborted || System.nanoTime() - idleSince > maxIdleNanos || socket.isClosed()) {
            return true;
        }
        try {
            if (in.available() > 0) {
                return true;
            }
            if (channel != null) {
                // a non-blocking look at the TCP stream: 0 bytes means open and quiet; -1 closed; data unasked for
                synchronized (channel.blockingLock()) {
                    channel.configureBlocking(false);
                    try {
                        return channel.read(ByteBuffer.allocate(1)) != 0;
                    } finally {
                        channel.configureBlocking(true);
                    }
                }
            }
            socket.setSoTimeout(1);
            deadlineInput.probing = true;
            in.read(); // end of stream, or a byte nobody asked for: either way not reusable
            return true;
        } catch (SocketTimeoutException quiet) {
            return false;
        } catch (IOException e) {
            return true;
        } finally {
            deadlineInput.probing = false;
            deadlineInput.currentTimeout = -1;
        }
    }

    void markIdle() {
        idleSince = System.nanoTime();
    }

    boolean isAborted() {
        return aborted;
    }

    /** Closes the socket at once; a blocked read or write in another thread then fails. */
    void abort() {
        aborted = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    static long remaining(long deadline) {
        return deadline - System.nanoTime();
    }

    /** Nanoseconds as a socket timeout: at least 1 ms (0 would mean forever). */
    static int millis(long nanos) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(nanos + 999_999)));
    }

    /**
     * The socket's stream under a total deadline: each read waits at most the read timeout and never past the
     * deadline, so a server trickling a byte at a time cannot hold a call.
     */
    private static final class DeadlineInput extends InputStream {
        private final Socket socket;
        private final InputStream raw;
        private final long readTimeoutNanos;
        private final String readTimeoutText;
        private final String callTimeoutText;
        volatile long deadline;
        boolean probing;
        int currentTimeout = -1;

        DeadlineInput(Socket socket, Duration readTimeout, Duration callTimeout) throws IOException {
            this.socket = socket;
            this.raw = socket.getInputStream();
            this.readTimeoutNanos = readTimeout.toNanos();
            this.readTimeoutText = "timed out: no data for " + TransportSettings.human(readTimeout) + " (readTimeout)";
            this.callTimeoutText = "timed out: no complete answer within " + TransportSettings.human(callTimeout) + " (callTimeout)";
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (probing) {
                return raw.read(b, off, len);
            }
            long left = remaining(deadline);
            if (left <= 0) {
                throw new Problem(callTimeoutText);
            }
            int timeout = millis(Math.min(readTimeoutNanos, left));
            if (timeout != currentTimeout) {
                socket.setSoTimeout(timeout);
                currentTimeout = timeout;
            }
            try {
                return raw.read(b, off, len);
            } catch (SocketTimeoutException e) {
                throw new Problem(remaining(deadline) <= 0 ? callTimeoutText : readTimeoutText);
            }
        }

        @Override
        public int available() throws IOException {
            return raw.available();
        }
    }

    String callTimeoutText() {
        return deadlineInput.callTimeoutText;
    }
}
