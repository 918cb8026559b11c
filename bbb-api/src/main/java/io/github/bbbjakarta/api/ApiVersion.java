package io.github.bbbjakarta.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What the API root ({@code GET /bigbluebutton/api}) says about the server; returned by
 * {@link BigBlueButtonClient#checkConnection()}. Immutable; build one with {@link #builder()} (e.g. in tests).
 */
public final class ApiVersion {
    private final String version;
    private final String apiVersion;
    private final String bbbVersion;
    private final String html5PluginSdkVersion;
    private final String graphqlWebsocketUrl;
    private final String graphqlApiUrl;

    private ApiVersion(Builder b) {
        this.version = Objects.requireNonNullElse(b.version, "");
        this.apiVersion = Objects.requireNonNullElse(b.apiVersion, "");
        this.bbbVersion = Objects.requireNonNullElse(b.bbbVersion, "");
        this.html5PluginSdkVersion = Objects.requireNonNullElse(b.html5PluginSdkVersion, "");
        this.graphqlWebsocketUrl = Objects.requireNonNullElse(b.graphqlWebsocketUrl, "");
        this.graphqlApiUrl = Objects.requireNonNullElse(b.graphqlApiUrl, "");
    }

    /** A builder with every value empty, {@code false} or 0; for answers in tests and for mapping. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this answer's values, to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.version = version;
        b.apiVersion = apiVersion;
        b.bbbVersion = bbbVersion;
        b.html5PluginSdkVersion = html5PluginSdkVersion;
        b.graphqlWebsocketUrl = graphqlWebsocketUrl;
        b.graphqlApiUrl = graphqlApiUrl;
        return b;
    }

    /** The API version, {@code 2.0} on every current server. */
    public String version() {
        return version;
    }

    /** The API version property (BBB 2.5+), usually equal to {@code version}. */
    public String apiVersion() {
        return apiVersion;
    }

    /** The BBB release, e.g. {@code 3.0.18}; empty unless the server reveals it. */
    public String bbbVersion() {
        return bbbVersion;
    }

    /** The plugin SDK version (BBB 3.0+), empty before. */
    public String html5PluginSdkVersion() {
        return html5PluginSdkVersion;
    }

    /** The GraphQL web socket URL (BBB 3.0+), empty before. */
    public String graphqlWebsocketUrl() {
        return graphqlWebsocketUrl;
    }

    /** The GraphQL REST URL (BBB 3.0+), empty before. */
    public String graphqlApiUrl() {
        return graphqlApiUrl;
    }

    /** The BBB release, when the server reveals it ({@code allowRevealOfBBBVersion=true}). */
    public Optional<String> bbbRelease() {
        return bbbVersion.isEmpty() ? Optional.empty() : Optional.of(bbbVersion);
    }

    /** Whether the server announces BBB 3.0 features (the GraphQL endpoints). */
    public boolean isBbb3OrLater() {
        return !graphqlApiUrl.isEmpty() || !html5PluginSdkVersion.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ApiVersion other)) {
            return false;
        }
        return Objects.equals(version, other.version)
                && Objects.equals(apiVersion, other.apiVersion)
                && Objects.equals(bbbVersion, other.bbbVersion)
                && Objects.equals(html5PluginSdkVersion, other.html5PluginSdkVersion)
                && Objects.equals(graphqlWebsocketUrl, other.graphqlWebsocketUrl)
                && Objects.equals(graphqlApiUrl, other.graphqlApiUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, apiVersion, bbbVersion, html5PluginSdkVersion, graphqlWebsocketUrl,
                graphqlApiUrl);
    }

    /** All values. */
    @Override
    public String toString() {
        return "ApiVersion[version=" + version
                + ", apiVersion=" + apiVersion
                + ", bbbVersion=" + bbbVersion
                + ", html5PluginSdkVersion=" + html5PluginSdkVersion
                + ", graphqlWebsocketUrl=" + graphqlWebsocketUrl
                + ", graphqlApiUrl=" + graphqlApiUrl
                + "]";
    }

    /** Builds a {@link ApiVersion}; every value is optional. Not thread-safe. */
    public static final class Builder {
        private String version;
        private String apiVersion;
        private String bbbVersion;
        private String html5PluginSdkVersion;
        private String graphqlWebsocketUrl;
        private String graphqlApiUrl;

        private Builder() {
        }

        /** See {@link ApiVersion#version()}. */
        public Builder version(String value) {
            this.version = value;
            return this;
        }

        /** See {@link ApiVersion#apiVersion()}. */
        public Builder apiVersion(String value) {
            this.apiVersion = value;
            return this;
        }

        /** See {@link ApiVersion#bbbVersion()}. */
        public Builder bbbVersion(String value) {
            this.bbbVersion = value;
            return this;
        }

        /** See {@link ApiVersion#html5PluginSdkVersion()}. */
        public Builder html5PluginSdkVersion(String value) {
            this.html5PluginSdkVersion = value;
            return this;
        }

        /** See {@link ApiVersion#graphqlWebsocketUrl()}. */
        public Builder graphqlWebsocketUrl(String value) {
            this.graphqlWebsocketUrl = value;
            return this;
        }

        /** See {@link ApiVersion#graphqlApiUrl()}. */
        public Builder graphqlApiUrl(String value) {
            this.graphqlApiUrl = value;
            return this;
        }

        /** The {@link ApiVersion} with the values set so far. */
        public ApiVersion build() {
            return new ApiVersion(this);
        }
    }
}
