package io.github.bbbjakarta.api;

import java.util.Optional;

/**
 * What the API root ({@code GET /bigbluebutton/api}) says about the server; returned by
 * {@link BigBlueButtonClient#checkConnection()}.
 *
 * @param version               the API version, {@code 2.0} on every current server
 * @param apiVersion            the API version property (BBB 2.5+), usually equal to {@code version}
 * @param bbbVersion            the BBB release, e.g. {@code 3.0.18}; empty unless the server reveals it
 * @param html5PluginSdkVersion the plugin SDK version (BBB 3.0+), empty before
 * @param graphqlWebsocketUrl   the GraphQL web socket URL (BBB 3.0+), empty before
 * @param graphqlApiUrl         the GraphQL REST URL (BBB 3.0+), empty before
 */
public record ApiVersion(String version, String apiVersion, String bbbVersion, String html5PluginSdkVersion,
                         String graphqlWebsocketUrl, String graphqlApiUrl) {

    /** The BBB release, when the server reveals it ({@code allowRevealOfBBBVersion=true}). */
    public Optional<String> bbbRelease() {
        return bbbVersion.isEmpty() ? Optional.empty() : Optional.of(bbbVersion);
    }

    /** Whether the server announces BBB 3.0 features (the GraphQL endpoints). */
    public boolean isBbb3OrLater() {
        return !graphqlApiUrl.isEmpty() || !html5PluginSdkVersion.isEmpty();
    }
}
