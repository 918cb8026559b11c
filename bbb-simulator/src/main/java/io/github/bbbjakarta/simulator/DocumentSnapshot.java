package io.github.bbbjakarta.simulator;

import java.util.Map;

/**
 * A presentation document a {@code create} pre-uploaded, in the order bbb-web would process it (the current
 * document first). Immutable and thread-safe.
 *
 * @param url           download URL ({@code url} attribute or {@code preUploadedPresentation}), or {@code null}
 *                      for an embedded document
 * @param fileName      file name bbb-web uses ({@code filename}/{@code name} attribute, else the URL's last path
 *                      segment)
 * @param current       whether bbb-web makes it the current presentation
 * @param downloadable  effective {@code downloadable} (default false)
 * @param removable     effective {@code removable} (default true)
 * @param base64Content the embedded base64 text as sent (trimmed), or {@code null} for a URL document
 * @param size          decoded size of an embedded document in bytes, 0 for a URL document
 * @param fromParameter whether it came from the {@code preUploadedPresentation} parameter
 * @param attributes    all attributes of the {@code <document>} element as sent
 */
public record DocumentSnapshot(String url, String fileName, boolean current, boolean downloadable,
                                   boolean removable, String base64Content, int size, boolean fromParameter,
                                   Map<String, String> attributes) {
    public DocumentSnapshot {
        attributes = Map.copyOf(attributes);
    }
}
