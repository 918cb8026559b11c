package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.ChecksumAlgorithm;
import io.github.bbbjakarta.api.callbacks.BbbCallbackException;
import io.github.bbbjakarta.api.callbacks.CallbackVerifier;
import io.github.bbbjakarta.api.callbacks.JwtAlgorithm;
import io.github.bbbjakarta.api.callbacks.RecordingReady;
import io.github.bbbjakarta.api.callbacks.WebhookDelivery;
import io.github.bbbjakarta.api.callbacks.WebhookEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code verify-callback}: verifies a callback an LMS received — a recording-ready {@code signed_parameters} JWT,
 * or a bbb-webhooks POST (body plus callback URL and checksum, or an {@code Authorization: Bearer} header) — with
 * {@code BBB_SECRET} and {@code BBB_EXTRA_SECRETS}, and prints what it says. Talks to no server. Exit 0 when it
 * verifies, {@link BbbCli#EXIT_NOT_VERIFIED} when it does not. Never prints a secret, a checksum or a token.
 */
@Command(name = "verify-callback", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Verify a callback with BBB_SECRET (and BBB_EXTRA_SECRETS) and print what it says.",
                "Recording ready: VALUE is the signed_parameters JWT (or the form body",
                "signed_parameters=...). Webhook: VALUE is the POST body; give --callback-url",
                "(the URL the POST arrived at, with its checksum; or the registered URL and",
                "--checksum), or --authorization for a Bearer token.",
                "VALUE - reads it from standard input (out of the shell history).",
                "Exit 0: verified; 5: it does not verify; 2: bad usage."})
final class VerifyCallbackCommand implements Callable<Integer> {
    /** Larger than any callback the verifier accepts: the verifier then says what is too large. */
    private static final int MAX_INPUT = 2 * 1024 * 1024;
    private static final String FORM_FIELD = "signed_parameters=";

    @ParentCommand
    BbbCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "VALUE", description = "The signed_parameters value, or the webhook body; - for stdin.")
    String value;

    @Option(names = "--callback-url", paramLabel = "URL",
            description = "Webhook: the URL the POST arrived at (bbb-webhooks appends ?checksum=...), or the"
                    + " registered callback URL together with --checksum.")
    String callbackURL;

    @Option(names = "--checksum", paramLabel = "HEX",
            description = "Webhook: the checksum, when --callback-url is the registered URL without it.")
    String checksum;

    @Option(names = "--authorization", paramLabel = "HEADER",
            description = "Webhook sent with auth2_0: the Authorization header, 'Bearer ...'; - reads it from"
                    + " standard input (it holds the secret itself: keep it out of the shell history).")
    String authorization;

    @Option(names = "--jwt-algorithm", paramLabel = "ALG", split = ",",
            description = "Recording ready: the JWT algorithms accepted: HS256 (default, what BBB sends), HS384,"
                    + " HS512 (Scalelite's option); repeatable or comma-separated.")
    List<JwtAlgorithm> jwtAlgorithms = new ArrayList<>();

    @Option(names = HooksChecksumOption.NAME, paramLabel = "ALGORITHM",
            description = "Webhook: the checksum algorithm, bbb-webhooks' hookChecksumAlgorithm (default sha1;"
                    + " overrides BBB_HOOKS_CHECKSUM).")
    String hooksChecksum;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean webhook = callbackURL != null || authorization != null;
        if (!webhook && checksum != null) {
            throw CliFailure.usage("--checksum: only for a webhook; give --callback-url too");
        }
        ServerSettings settings = ServerSettings.from(cli.environment());
        ChecksumAlgorithm webhookAlgorithm = hooksChecksum == null ? settings.hooksAlgorithm()
                : ServerSettings.hooksAlgorithm(HooksChecksumOption.NAME, hooksChecksum);
        List<Secret> secrets = secrets(settings, cli.environment().get(ServerSettings.EXTRA_SECRETS));
        if ("-".equals(value) && "-".equals(authorization)) {
            throw CliFailure.usage("--authorization: VALUE is read from standard input already; give only one as -");
        }
        if ("-".equals(authorization)) {
            authorization = readStdin();
        }
        String input = "-".equals(value) ? readStdin() : value;

        Function<List<Secret>, CallbackVerifier> verifier = chosen -> {
            CallbackVerifier.Builder b = CallbackVerifier.builder(chosen.get(0).value())
                    .webhookChecksumAlgorithm(webhookAlgorithm)
                    .additionalSecrets(chosen.subList(1, chosen.size()).stream().map(Secret::value)
                            .toArray(String[]::new));
            if (!jwtAlgorithms.isEmpty()) {
                b.allowedJwtAlgorithms(jwtAlgorithms.toArray(JwtAlgorithm[]::new));
            }
            return b.build();
        };
        try {
            if (webhook) {
                Webhook w = webhook(input);
                WebhookDelivery delivery = w.verify(verifier.apply(secrets));
                String matched = matched(secrets, s -> w.verify(verifier.apply(List.of(s))));
                out.println("verified: webhook (" + (w.checksum != null ? "checksum " + webhookAlgorithm.bbbName()
                        + " of callback URL + body + secret" : "Authorization: Bearer") + ", " + matched + ")");
                print(delivery, out);
            } else {
                String token = token(input);
                RecordingReady ready = verifier.apply(secrets).recordingReady(token);
                String matched = matched(secrets, s -> verifier.apply(List.of(s)).recordingReady(token));
                out.println("verified: recording-ready signed_parameters (" + algorithm(token) + ", " + matched + ")");
                out.println("  meeting_id:  " + ready.meetingID());
                out.println("  record_id:   " + ready.recordID());
            }
        } catch (BbbCallbackException e) {
            throw new CliFailure(BbbCli.EXIT_NOT_VERIFIED, "does not verify: " + e.getMessage() + " ("
                    + e.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        } catch (BbbParameterException e) {
            throw OptionNames.failure(e, Map.of("callbackURL", "--callback-url"));
        }
        out.flush();
        return 0;
    }

    /** A secret and the variable it came from: the name is printable, the value never. */
    private record Secret(String source, String value) {
        @Override
        public String toString() {
            return source;
        }
    }

    private static List<Secret> secrets(ServerSettings settings, String extra) {
        if (settings.secret() == null) {
            throw CliFailure.usage(ServerSettings.SECRET + " is not set: verify-callback checks the callback with"
                    + " the shared secret (bbb-conf --secret, or Scalelite's)");
        }
        List<Secret> secrets = new ArrayList<>();
        secrets.add(new Secret(ServerSettings.SECRET, settings.secret()));
        if (extra != null) {
            List<String> values = Arrays.stream(extra.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
            for (int i = 0; i < values.size(); i++) {
                secrets.add(new Secret(ServerSettings.EXTRA_SECRETS + " #" + (i + 1), values.get(i)));
            }
        }
        return secrets;
    }

    /** Which single secret verifies (the first that does), as its variable's name. */
    private static String matched(List<Secret> secrets, Consumer<Secret> verify) {
        for (Secret s : secrets) {
            try {
                verify.accept(s);
                return "with " + s.source();
            } catch (BbbCallbackException e) {
                // not this one
            }
        }
        return "with one of the secrets";
    }

    private String readStdin() {
        try {
            InputStream in = cli.stdin();
            byte[] bytes = in.readNBytes(MAX_INPUT + 1);
            if (bytes.length > MAX_INPUT) {
                throw CliFailure.usage("VALUE: standard input holds more than " + MAX_INPUT + " bytes; no callback"
                        + " is that large");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            // a terminal or echo adds a line end that was not part of the callback
            return text.replaceAll("[\\r\\n]+\\z", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JWT from a pasted value: the token itself, or a form body {@code signed_parameters=<token>}. */
    private static String token(String input) {
        String t = input.strip();
        if (t.startsWith(FORM_FIELD)) {
            String v = t.substring(FORM_FIELD.length());
            int amp = v.indexOf('&');
            return URLDecoder.decode(amp < 0 ? v : v.substring(0, amp), StandardCharsets.UTF_8);
        }
        if (t.startsWith("domain=") || t.startsWith("event=")) {
            throw CliFailure.usage("VALUE looks like a webhook body: give --callback-url (with its checksum) or"
                    + " --authorization");
        }
        return t;
    }

    /** The algorithm a verified token names in its header, for the report. */
    private static String algorithm(String token) {
        try {
            String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                    StandardCharsets.UTF_8);
            try (JsonReader r = Json.createReader(new StringReader(header))) {
                JsonObject o = r.readObject();
                return o.getString("alg", "?");
            }
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private Webhook webhook(String body) {
        if (authorization != null && callbackURL == null) {
            return new Webhook(null, null, authorization, body);
        }
        String url = callbackURL;
        String sum = checksum;
        if (sum == null) {
            String registered = CallbackVerifier.registeredCallbackURL(url);
            if (!registered.equals(url)) {
                sum = url.substring(registered.length() + 1 + "checksum=".length());
                url = registered;
            }
        }
        if (sum == null && authorization == null) {
            throw CliFailure.usage("--callback-url: has no checksum parameter; give the URL the POST arrived at"
                    + " (…?checksum=…), or --checksum, or --authorization");
        }
        return new Webhook(url, sum, authorization, body);
    }

    /** What is verified for a webhook. */
    private record Webhook(String url, String checksum, String authorization, String body) {
        WebhookDelivery verify(CallbackVerifier v) {
            return v.webhook(url, checksum, authorization, body);
        }

        @Override
        public String toString() {
            return "Webhook[" + url + "]";
        }
    }

    private static void print(WebhookDelivery d, PrintWriter out) {
        out.println("  domain:     " + (d.domain().isEmpty() ? "-" : d.domain()));
        out.println("  timestamp:  " + d.timestamp().map(Object::toString).orElse("-"));
        out.println("  events:     " + d.events().size());
        for (WebhookEvent e : d.events()) {
            StringBuilder line = new StringBuilder("    ").append(e.type());
            if (!e.meetingID().isEmpty()) {
                line.append("  meetingID=").append(e.meetingID());
            }
            if (!e.internalMeetingID().isEmpty()) {
                line.append("  internalMeetingID=").append(e.internalMeetingID());
            }
            e.timestamp().ifPresent(t -> line.append("  at ").append(t));
            if (e instanceof WebhookEvent.MeetingCreated m) {
                line.append("  name=\"").append(m.name()).append("\"  record=").append(m.record() ? "yes" : "no");
                if (m.breakout()) {
                    line.append("  breakout of ").append(m.parentMeetingID());
                }
            } else if (e instanceof WebhookEvent.UserEvent u) {
                line.append("  userID=").append(u.userID()).append("  name=\"").append(u.name()).append('"');
                if (!u.role().isEmpty()) {
                    line.append("  role=").append(u.role());
                }
            } else if (e instanceof WebhookEvent.RecordingProcessing r) {
                line.append("  recordID=").append(r.recordID()).append("  step=").append(r.step());
                r.success().ifPresent(s -> line.append("  success=").append(s));
            }
            out.println(line);
        }
    }
}
