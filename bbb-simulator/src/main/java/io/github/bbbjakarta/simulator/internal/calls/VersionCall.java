package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.internal.SimulatorConfig;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;
import io.github.bbbjakarta.simulator.internal.json.JsonTrees;
import io.github.bbbjakarta.simulator.internal.wire.Wire;
import io.github.bbbjakarta.simulator.internal.xml.XmlOut;

/** The API root ({@code ApiController.index}): version information, no checksum. Stateless. */
public final class VersionCall {
    private final SimulatorConfig config;

    public VersionCall(SimulatorConfig config) {
        this.config = config;
    }

    /**
     * Answers XML, or JSON when the request's Content-Type header is exactly {@code application/json} (laid out as
     * bbb-web's pretty-printed answer; strings quoted by JSON-P).
     */
    public ApiResult handle(SimRequest req) {
        String graphqlWebsocketUrl = (config.baseUrl() + "/graphql").replace("https://", "wss://");
        String graphqlApiUrl = config.baseUrl() + "/api/rest";
        if ("application/json".equals(req.contentType())) {
            String json = "{\n    \"response\": {\n"
                    + "        \"returncode\": \"" + Wire.SUCCESS + "\",\n"
                    + "        \"version\": \"" + Wire.API_VERSION + "\",\n"
                    + "        \"apiVersion\": \"" + Wire.API_VERSION + "\",\n"
                    + "        \"bbbVersion\": " + jsonString(config.bbbVersion()) + ",\n"
                    + "        \"graphqlWebsocketUrl\": " + jsonString(graphqlWebsocketUrl) + ",\n"
                    + "        \"graphqlApiUrl\": " + jsonString(graphqlApiUrl) + ",\n"
                    + "        \"html5PluginSdkVersion\": \"" + Wire.HTML5_PLUGIN_SDK_VERSION + "\"\n"
                    + "    }\n}";
            return new ApiResult(SimResponse.json(200, json).withHeader("Cache-Control", "no-cache"), Wire.SUCCESS,
                    null);
        }
        String xml = new XmlOut().open("response")
                .element("returncode", Wire.SUCCESS)
                .element("version", Wire.API_VERSION)
                .element("apiVersion", Wire.API_VERSION)
                .element("bbbVersion", config.bbbVersion())
                .element("html5PluginSdkVersion", Wire.HTML5_PLUGIN_SDK_VERSION)
                .element("graphqlWebsocketUrl", graphqlWebsocketUrl)
                .element("graphqlApiUrl", graphqlApiUrl)
                .close("response").render();
        return new ApiResult(SimResponse.xml(xml), Wire.SUCCESS, null);
    }

    private static String jsonString(String s) {
        return JsonTrees.quote(s);
    }
}
