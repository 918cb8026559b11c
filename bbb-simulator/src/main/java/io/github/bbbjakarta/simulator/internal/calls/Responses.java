package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.internal.http.SimResponse;
import io.github.bbbjakarta.simulator.internal.json.JsonTrees;
import io.github.bbbjakarta.simulator.internal.wire.BbbMessage;
import io.github.bbbjakarta.simulator.internal.wire.Wire;
import io.github.bbbjakarta.simulator.internal.xml.XmlOut;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** Answer shapes shared by the calls: error XML, error list, error redirect, server error. Stateless. */
public final class Responses {
    private Responses() {
    }

    /** {@code api-error.ftlx}: one FAILED with messageKey and message. */
    public static ApiResult error(String key, String message) {
        String xml = new XmlOut().open("response")
                .element("returncode", Wire.FAILED)
                .element("messageKey", key)
                .element("message", message)
                .close("response").render();
        return new ApiResult(SimResponse.xml(xml), Wire.FAILED, key);
    }

    /** {@code api-error.ftlx} for a catalogued message. */
    public static ApiResult error(BbbMessage m) {
        return error(m.key(), m.message());
    }

    /** {@code api-errors.ftlx}: FAILED with an {@code <errors>} list. */
    public static ApiResult errors(List<BbbMessage> list) {
        XmlOut x = new XmlOut().open("response").element("returncode", Wire.FAILED).open("errors");
        for (BbbMessage m : list) {
            x.open("error").element("key", m.key()).element("message", m.message()).close("error");
        }
        x.close("errors").close("response");
        return new ApiResult(SimResponse.xml(x.render()), Wire.FAILED, list.isEmpty() ? null : list.get(0).key());
    }

    /** What the servlet container answers when the controller throws. */
    public static ApiResult serverError() {
        String html = "<!doctype html><html><head><title>Error</title></head><body>"
                + "<h1>Internal Server Error</h1></body></html>";
        return new ApiResult(SimResponse.of(500, Wire.CONTENT_TYPE_HTML, html), null, null);
    }

    /** HTTP 405 for a method the URL mapping does not route. */
    public static ApiResult methodNotAllowed(Iterable<String> allowed) {
        return new ApiResult(SimResponse.empty(405).withHeader("Allow", String.join(", ", allowed)), null, null);
    }

    /**
     * {@code ApiController.respondWithRedirect}: 302 to {@code errorRedirectUrl}, else the join's
     * {@code logoutURL}, else the default logout URL, with {@code errors=[{"key":..,"message":..}]} appended
     * through {@code java.net.URI}. The JSON is written by JSON-P: compact, in bbb-web's member order (the catalogued
     * messages contain nothing that org.json, bbb-web's writer, would escape differently).
     *
     * @throws IllegalArgumentException when the target is not a valid URI (bbb-web then fails with 500)
     */
    public static ApiResult errorRedirect(String key, String message, String joinLogoutUrl, String errorRedirectUrl,
                                          String defaultLogoutUrl) {
        String uriString = defaultLogoutUrl;
        if (joinLogoutUrl != null && !joinLogoutUrl.isEmpty()) {
            uriString = joinLogoutUrl;
        }
        uriString = uriString.replace(Wire.TOKEN_MEETING_ID, "").replace(Wire.TOKEN_USER_ID, "")
                .replace(Wire.TOKEN_USER_NAME, "");
        if (errorRedirectUrl != null && !errorRedirectUrl.isEmpty()) {
            uriString = errorRedirectUrl;
        }
        URI old = URI.create(uriString);
        String query = old.getQuery();
        String errors = JsonTrees.write(JsonTrees.array()
                .add(JsonTrees.object().add(Wire.ERROR_KEY, key).add(Wire.ERROR_MESSAGE, message)).build());
        query = (query == null ? "" : query + "&") + Wire.ERRORS_PARAM + "=" + errors;
        try {
            URI target = new URI(old.getScheme(), old.getAuthority(), old.getPath(), query, old.getFragment());
            return new ApiResult(SimResponse.redirect(target.toASCIIString()), Wire.FAILED, key);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid redirect target", e);
        }
    }
}
