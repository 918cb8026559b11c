package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BigBlueButtonClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code sign CALL [name=value ...]}: prints exactly one line, the signed URL of any call with the parameters in
 * the given order. A debugging aid for checksum errors; needs {@code BBB_URL} and {@code BBB_SECRET}.
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Print the signed URL of any call (a credential), parameters in the given order.",
                "Each argument is split at its first '='. Needs BBB_URL and BBB_SECRET."})
final class SignCommand implements Callable<Integer> {
    @ParentCommand
    BbbCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CALL", description = "The call name, e.g. getMeetings or hooks/list.")
    String call;

    @Parameters(index = "1..*", paramLabel = "NAME=VALUE", description = "Query parameters, in order.")
    List<String> parameters = new ArrayList<>();

    @Override
    public Integer call() {
        List<Map.Entry<String, String>> query = new ArrayList<>(parameters.size());
        for (String argument : parameters) {
            try {
                query.add(NameValue.parse(argument).entry());
            } catch (IllegalArgumentException e) {
                throw CliFailure.usage("invalid argument " + e.getMessage()
                        + " (see '" + BbbCli.NAME + " sign --help')");
            }
        }
        ServerSettings settings = ServerSettings.from(cli.environment());
        try (BigBlueButtonClient client = settings.client("sign needs the server URL and its shared secret"
                + " (it never uses an embedded simulator)")) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(client.signedUrl(call, query));
            out.flush();
        }
        return 0;
    }
}
