package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Checks;

import java.util.Arrays;
import java.util.Objects;

/**
 * A document to pre-upload with create, sent in the XML body of a {@code POST create}: either a URL the BBB
 * server downloads (it must be reachable from the server over https by default), or the file's bytes.
 * Immutable.
 */
public final class PresentationDocument {
    private final String url;
    private final String fileName;
    private final byte[] content;
    private final Boolean current;
    private final Boolean downloadable;
    private final Boolean removable;

    private PresentationDocument(String url, String fileName, byte[] content, Boolean current, Boolean downloadable,
                                 Boolean removable) {
        this.url = url;
        this.fileName = fileName;
        this.content = content;
        this.current = current;
        this.downloadable = downloadable;
        this.removable = removable;
    }

    /**
     * A document the server downloads.
     *
     * @param url      absolute http(s) URL
     * @param fileName the name shown to users, with an extension (BBB skips names without one), or
     *                 {@code null} for the URL's last path segment
     */
    public static PresentationDocument fromUrl(String url, String fileName) {
        Checks.url("document.url", url);
        if (fileName != null) {
            requireExtension(fileName);
        }
        return new PresentationDocument(url, fileName, null, null, null, null);
    }

    /** A document sent inline, base64-encoded. {@code fileName} needs an extension, e.g. {@code slides.pdf}. */
    public static PresentationDocument fromBytes(String fileName, byte[] content) {
        requireExtension(Checks.required("document.name", fileName));
        Objects.requireNonNull(content, "content");
        return new PresentationDocument(null, fileName, content.clone(), null, null, null);
    }

    private static void requireExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            throw new BbbParameterException("document.filename", "needs an extension, e.g. slides.pdf (BBB skips it otherwise)");
        }
    }

    /** This document shown first. */
    public PresentationDocument current(boolean value) {
        return new PresentationDocument(url, fileName, content, value, downloadable, removable);
    }

    /** Whether users may download it (BBB's default: false). */
    public PresentationDocument downloadable(boolean value) {
        return new PresentationDocument(url, fileName, content, current, value, removable);
    }

    /** Whether presenters may remove it (BBB's default: true). */
    public PresentationDocument removable(boolean value) {
        return new PresentationDocument(url, fileName, content, current, downloadable, value);
    }

    /** The URL for a downloaded document, else {@code null}. */
    public String url() {
        return url;
    }

    /** The file name, or {@code null} for a URL document that takes the URL's name. */
    public String fileName() {
        return fileName;
    }

    /** A copy of the inline content, or {@code null} for a URL document. */
    public byte[] content() {
        return content == null ? null : content.clone();
    }

    /** Size of the inline content in bytes, 0 for a URL document (no copy made). */
    public int contentLength() {
        return content == null ? 0 : content.length;
    }

    /** Whether this is the document shown first, if set. */
    public Boolean current() {
        return current;
    }

    /** Whether users may download it, if set. */
    public Boolean downloadable() {
        return downloadable;
    }

    /** Whether presenters may remove it, if set. */
    public Boolean removable() {
        return removable;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PresentationDocument d && Objects.equals(url, d.url) && Objects.equals(fileName, d.fileName)
                && Arrays.equals(content, d.content) && Objects.equals(current, d.current)
                && Objects.equals(downloadable, d.downloadable) && Objects.equals(removable, d.removable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, fileName, Arrays.hashCode(content), current, downloadable, removable);
    }

    @Override
    public String toString() {
        return "PresentationDocument[" + (url != null ? url : fileName + ", " + content.length + " bytes") + "]";
    }
}
