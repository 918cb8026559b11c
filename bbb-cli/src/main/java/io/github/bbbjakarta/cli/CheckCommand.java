package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.ApiVersion;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code check}: proves the server answers and accepts the checksum; prints its URL and versions. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check that the server answers and accepts the secret and checksum algorithm.")
final class CheckCommand extends ServerCommand {

    @Override
    protected void run(Connection connection, PrintWriter out) {
        ApiVersion version = connection.client().checkConnection();
        out.println("Server:       " + connection.apiUrl());
        out.println("Checksum:     " + connection.client().checksumAlgorithm().bbbName() + " accepted");
        out.println("API version:  " + version.version()
                + (version.apiVersion().isEmpty() || version.apiVersion().equals(version.version())
                ? "" : " (apiVersion " + version.apiVersion() + ")"));
        out.println("BBB version:  " + version.bbbRelease().orElse("not revealed (allowRevealOfBBBVersion=false)"));
        if (!version.graphqlApiUrl().isEmpty()) {
            out.println("GraphQL API:  " + version.graphqlApiUrl());
        }
    }
}
