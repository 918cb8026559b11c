package io.github.bbbjakarta.api.internal.server;

import io.github.bbbjakarta.api.ApiVersion;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.Wire.Element;

import static io.github.bbbjakarta.api.internal.xml.Answers.required;
import static io.github.bbbjakarta.api.internal.xml.Answers.success;
import static io.github.bbbjakarta.api.internal.xml.Answers.text;

/** The API root's answer as an {@link ApiVersion}. */
public final class ApiVersionMapper {
    private ApiVersionMapper() {
    }

    /** The API root's answer; {@code version} is required. */
    public static ApiVersion apiVersion(String call, Answer answer) {
        ApiVersionXml x = success(call, answer, ApiVersionXml.class);
        return ApiVersion.builder()
                .version(required(call, Element.VERSION, x.version))
                .apiVersion(text(x.apiVersion))
                .bbbVersion(text(x.bbbVersion))
                .html5PluginSdkVersion(text(x.html5PluginSdkVersion))
                .graphqlWebsocketUrl(text(x.graphqlWebsocketUrl))
                .graphqlApiUrl(text(x.graphqlApiUrl))
                .build();
    }
}
