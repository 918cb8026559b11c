package io.github.bbbjakarta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * {@code bbb-cli}: checks a BigBlueButton server, creates, inspects and ends meetings, prints join URLs, lists and
 * manages recordings and webhooks, inserts documents, posts chat messages, verifies callbacks, signs arbitrary
 * calls to debug checksum errors, and runs the simulator. Configured by the environment variables
 * {@code BBB_URL}, {@code BBB_SECRET}, {@code BBB_CHECKSUM}, {@code BBB_HOOKS_CHECKSUM}, {@code BBB_TIMEOUT} and
 * (for {@code verify-callback}) {@code BBB_EXTRA_SECRETS}; with no {@code BBB_*} variable set, the commands that
 * talk to a server use an embedded simulator.
 *
 * <p>Every failure is one line on standard error and an exit code other than 0 (see the {@code EXIT_} constants);
 * {@code --verbose} adds the stack trace. The shared secret is never printed. One instance runs one command line;
 * not thread-safe.
 */
@Command(name = "bbb-cli",
        mixinStandardHelpOptions = true,
        versionProvider = BbbCli.Version.class,
        description = "Admin tool for BigBlueButton servers (and Scalelite).",
        footerHeading = "%nEnvironment:%n",
        footer = {
                "  BBB_URL        server URL, e.g. https://bbb.example.com/bigbluebutton/",
                "  BBB_SECRET     shared secret (bbb-conf --secret); never printed",
                "  BBB_CHECKSUM   sha1 | sha256 | sha384 | sha512 (default sha256)",
                "  BBB_TIMEOUT    how long to wait for the server, e.g. 10s (or --timeout)",
                "  BBB_HOOKS_CHECKSUM  algorithm of the hooks/... calls (default sha1)",
                "  BBB_EXTRA_SECRETS   more secrets for verify-callback (rotation), a,b",
                "  With no BBB_* variable set, an embedded simulator is started for the command;",
                "  BBB_URL unset while another BBB_* variable is set is an error.",
                "%nExit codes: 0 ok, 1 the server answered FAILED, 2 usage or bad parameter,",
                "            3 server unreachable or not a BBB server, 4 checksum rejected,",
                "            5 the callback given to verify-callback does not verify."},
        subcommands = {
                CheckCommand.class,
                CreateCommand.class,
                JoinUrlCommand.class,
                InfoCommand.class,
                MeetingsCommand.class,
                EndCommand.class,
                SignCommand.class,
                SimulatorCommand.class,
                DemoCommand.class,
                RecordingsCommand.class,
                HooksCommand.class,
                VerifyCallbackCommand.class,
                InsertDocumentCommand.class,
                ChatCommand.class,
                CommandLine.HelpCommand.class})
public final class BbbCli implements Callable<Integer> {
    /** The server answered {@code FAILED} (other than a checksum error). */
    public static final int EXIT_FAILED = 1;
    /** Bad usage, a bad parameter or bad configuration: nothing was sent. */
    public static final int EXIT_USAGE = 2;
    /** No usable answer: unreachable, timed out, HTTP error, not BBB XML. */
    public static final int EXIT_UNREACHABLE = 3;
    /** The server rejected the checksum: wrong {@code BBB_SECRET} or {@code BBB_CHECKSUM}. */
    public static final int EXIT_CHECKSUM = 4;
    /** {@code verify-callback}: the callback does not verify (or cannot be read). */
    public static final int EXIT_NOT_VERIFIED = 5;

    /** Shown as the prefix of every error line. */
    static final String NAME = "bbb-cli";

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of failures.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;
    private final InputStream stdin;

    /** A command line that reads its configuration from {@code environment} instead of the process environment. */
    public BbbCli(Map<String, String> environment) {
        this(environment, System.in);
    }

    /** A command line that reads {@code environment} and, where a command is given {@code -}, {@code stdin}. */
    public BbbCli(Map<String, String> environment, InputStream stdin) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /** Runs the tool with the process environment and exits with its exit code. */
    public static void main(String[] args) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
        int code = commandLine(System.getenv(), out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * The configured picocli command line: output and errors go to {@code out} and {@code err}, failures become one
     * line and an exit code. Run it with {@link CommandLine#execute(String...)}.
     */
    public static CommandLine commandLine(Map<String, String> environment, PrintWriter out, PrintWriter err) {
        return commandLine(environment, System.in, out, err);
    }

    /** {@link #commandLine(Map, PrintWriter, PrintWriter)} reading standard input from {@code stdin}. */
    public static CommandLine commandLine(Map<String, String> environment, InputStream stdin, PrintWriter out,
                                          PrintWriter err) {
        FailureReporter reporter = new FailureReporter();
        return new CommandLine(new BbbCli(environment, stdin))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(reporter)
                .setParameterExceptionHandler(reporter);
    }

    /** The environment this command line reads {@code BBB_*} from. */
    Map<String, String> environment() {
        return environment;
    }

    /** Standard input, for arguments given as {@code -}. */
    InputStream stdin() {
        return stdin;
    }

    /** Without a command: one line saying which commands there are. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println(NAME + ": a command is required: "
                + String.join(", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList())
                + " (see '" + NAME + " --help')");
        return EXIT_USAGE;
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BbbCli.class.getPackage().getImplementationVersion();
            return new String[] {NAME + " " + (v == null ? "(development build)" : v)};
        }
    }
}
