package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.InsertDocumentRequest;
import io.github.bbbjakarta.api.PresentationDocument;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code insert-document MEETING_ID --url URL --file PATH}: adds documents to a meeting's presentation area
 * (insertDocument, BBB 2.5+). URL documents are downloaded by the server; files are sent inline, base64-encoded.
 */
@Command(name = "insert-document", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Add documents to a meeting's presentation (insertDocument, BBB 2.5+).",
                "The server downloads --url documents (by default over https only) and gets --file documents in"
                        + " the request (a default BBB accepts request bodies up to about 2 MB: insert larger ones"
                        + " by URL). Documents are sent in the order: every --url, then every --file."})
final class InsertDocumentCommand extends ServerCommand {
    private static final Map<String, String> OPTIONS = Map.of("meetingID", "MEETING_ID", "document.url", "--url",
            "document.name", "--file", "document.filename", "--file", "documents", "--file");

    @Parameters(paramLabel = "MEETING_ID", description = "The meetingID.")
    String meetingID;

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<UrlDocument> urls = new ArrayList<>();

    /** One {@code --url}, with the file name it is shown under. */
    static final class UrlDocument {
        @Option(names = "--url", required = true, paramLabel = "URL",
                description = "A document the server downloads (repeatable).")
        String url;

        @Option(names = "--url-name", paramLabel = "FILE_NAME",
                description = "The name the preceding --url is shown under, with an extension (default: the URL's"
                        + " last path segment; BBB skips a document whose name has no extension).")
        String fileName;
    }

    @Option(names = "--file", paramLabel = "PATH",
            description = "A local file sent with the request; its name needs an extension, e.g. slides.pdf"
                    + " (repeatable).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--current", description = "Show the first document at once (current=true).")
    boolean current;

    @Option(names = "--downloadable", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Whether users may download the documents (BBB's default: false).")
    Boolean downloadable;

    @Option(names = "--removable", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Whether presenters may remove the documents (BBB's default: true).")
    Boolean removable;

    private InsertDocumentRequest request;

    @Override
    protected void validate() {
        if (urls.isEmpty() && files.isEmpty()) {
            throw CliFailure.usage("--url or --file: at least one document is needed");
        }
        try {
            List<PresentationDocument> documents = new ArrayList<>();
            for (UrlDocument u : urls) {
                try {
                    documents.add(options(PresentationDocument.fromUrl(u.url, u.fileName)));
                } catch (BbbParameterException e) {
                    throw CliFailure.usage((u.fileName != null && e.parameter().endsWith("filename") ? "--url-name: '"
                            + u.fileName : "--url: '" + u.url) + "': " + e.problem());
                }
                if (u.fileName == null && !hasExtension(lastSegment(u.url))) {
                    throw CliFailure.usage("--url: '" + u.url + "' does not end in a file name with an extension,"
                            + " so BBB would skip it: name it with --url-name, e.g. --url-name slides.pdf");
                }
            }
            long total = 0;
            for (Path file : files) {
                total += size(file);
                if (total > InsertDocumentRequest.MAX_EMBEDDED_BYTES) {
                    throw CliFailure.usage("--file: the files total more than " + InsertDocumentRequest.MAX_EMBEDDED_BYTES
                            + " bytes; insert large documents with --url");
                }
                try {
                    documents.add(options(PresentationDocument.fromBytes(fileName(file), read(file))));
                } catch (BbbParameterException e) {
                    throw CliFailure.usage("--file: '" + file + "': " + e.problem());
                }
            }
            if (current) {
                documents.set(0, documents.get(0).current(true));
            }
            request = InsertDocumentRequest.of(meetingID, documents);
        } catch (BbbParameterException e) {
            throw OptionNames.failure(e, OPTIONS);
        }
    }

    private PresentationDocument options(PresentationDocument d) {
        PresentationDocument result = d;
        if (downloadable != null) {
            result = result.downloadable(downloadable);
        }
        if (removable != null) {
            result = result.removable(removable);
        }
        return result;
    }

    /** The URL's last path segment, URL-decoded, as bbb-web names a document without a filename. */
    private static String lastSegment(String url) {
        try {
            String path = URI.create(url).getPath();
            return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean hasExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1;
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static long size(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw CliFailure.usage("--file: '" + file + "' is not a file");
            }
            return Files.size(file);
        } catch (IOException e) {
            throw CliFailure.usage("--file: cannot read '" + file + "': " + problem(e));
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw CliFailure.usage("--file: cannot read '" + file + "': " + problem(e));
        }
    }

    private static String problem(IOException e) {
        return e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    @Override
    protected void run(Connection connection, PrintWriter out) {
        connection.client().meetings().insertDocument(request);
        out.println("Inserted " + request.documents().size() + " document" + (request.documents().size() == 1 ? "" : "s")
                + " into " + meetingID + " (the server now downloads and converts them):");
        for (PresentationDocument d : request.documents()) {
            out.println("  " + (d.url() != null ? d.url() + (d.fileName() == null ? "" : " as " + d.fileName())
                    : d.fileName() + " (" + d.contentLength() + " bytes)")
                    + (Boolean.TRUE.equals(d.current()) ? "  current" : ""));
        }
    }
}
