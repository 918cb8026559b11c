package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hooks calls over real HTTP, against a small bbb-webhooks stand-in (a raw JDK HttpServer) that checks the
 * checksum as bbb-webhooks does (method {@code hooks/…} + raw query without the checksum + secret; algorithm by
 * length, only from its supported list; strict comparison, so lower-case hex only) and answers the golden fixtures
 * of reference §2.14.
 */
class HooksTest {
    private static final String SECRET = "8cd8ef52e8e101574e400365b55e11a6";
    private static final String CALLBACK = "https://lms.example.org/bbb/events?course=42";

    private FakeBbbServer webhooks;
    private final Map<String, String> hooksByCallback = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        webhooks = new FakeBbbServer(SECRET);   // bbb-webhooks' API as far as the client sees it (§2.14 fixtures)
        webhooks.getOnly = true;
        webhooks.checksumFailure = Fixtures.bytes("hooks/create-failed-checksum.xml");
        webhooks.answer = r -> switch (r.call()) {
            case "hooks/create" -> Fixtures.bytes(hooksByCallback.putIfAbsent(r.params().get("callbackURL"), "x") == null
                    ? "hooks/create.xml" : "hooks/create-duplicate.xml");
            case "hooks/list" -> Fixtures.bytes("hooks/list.xml");
            case "hooks/destroy" -> Fixtures.bytes(r.params().get("hookID").equals("42")
                    ? "hooks/destroy-failed-missing-hook.xml" : "hooks/destroy.xml");
            default -> null;
        };
    }

    @AfterEach
    void stop() {
        webhooks.close();
    }

    private BigBlueButtonClient client() {
        return BigBlueButtonClient.create(webhooks.url(), SECRET);
    }

    @Test
    void createIsSignedWithSha1ByDefaultWhateverTheMeetingsAlgorithm() {
        webhooks.supported = Set.of("sha1"); // bbb-webhooks below 3.0
        try (BigBlueButtonClient bbb = client()) {
            assertEquals(ChecksumAlgorithm.SHA256, bbb.checksumAlgorithm());
            assertEquals(ChecksumAlgorithm.SHA1, bbb.hooksChecksumAlgorithm());
            HookCreated created = bbb.hooks().create(CreateHookRequest.builder(CALLBACK).meetingID("course-42-lecture")
                    .eventIDs("meeting-ended", "user-joined").getRaw(true).build());
            assertEquals(HookCreated.builder().hookID("5f7fd8c4-6a8e-4a62-9ab1-3b2f0d0c9e11").build(), created);
            FakeBbbServer.Request r = webhooks.only();
            assertEquals("hooks/create", r.call());
            assertEquals(List.of("callbackURL", "meetingID", "eventID", "getRaw", "checksum"), List.copyOf(r.params().keySet()));
            assertEquals(CALLBACK, r.params().get("callbackURL"));
            assertEquals("course-42-lecture", r.params().get("meetingID"));
            assertEquals("meeting-ended,user-joined", r.params().get("eventID"));
            assertEquals("true", r.params().get("getRaw"));
            assertTrue(r.params().get("checksum").matches("[0-9a-f]{40}"), "lower-case sha1 hex");
        }
    }

    @Test
    void aMinimalCreateSendsOnlyTheCallbackUrl() {
        try (BigBlueButtonClient bbb = client()) {
            bbb.hooks().create(CreateHookRequest.builder(CALLBACK).build());
            assertEquals(List.of("callbackURL", "checksum"), List.copyOf(webhooks.only().params().keySet()));
        }
    }

    @Test
    void theHooksAlgorithmIsItsOwnSetting() {
        webhooks.supported = Set.of("sha1", "sha256");
        try (BigBlueButtonClient bbb = BigBlueButtonClient.builder(webhooks.url(), SECRET)
                .checksumAlgorithm(ChecksumAlgorithm.SHA1).hooksChecksumAlgorithm(ChecksumAlgorithm.SHA256).build()) {
            assertEquals(ChecksumAlgorithm.SHA256, bbb.hooksChecksumAlgorithm());
            assertTrue(bbb.toString().endsWith(", sha1, hooks sha256]"), bbb.toString());
            assertFalse(bbb.toString().contains(SECRET));
            bbb.hooks().create(CreateHookRequest.builder(CALLBACK).build());
            assertTrue(webhooks.only().params().get("checksum").matches("[0-9a-f]{64}"), "lower-case sha256 hex");
        }
    }

    @Test
    void anAlgorithmTheServerDoesNotSupportIsAChecksumError() {
        webhooks.supported = Set.of("sha1");
        try (BigBlueButtonClient bbb = BigBlueButtonClient.builder(webhooks.url(), SECRET)
                .hooksChecksumAlgorithm(ChecksumAlgorithm.SHA512).build()) {
            BbbApiException e = assertThrows(BbbApiException.class, () -> bbb.hooks().list());
            assertTrue(e.isChecksumError());
            assertEquals("hooks/list", e.call());
            assertEquals("You did not pass the checksum security check.", e.serverMessage());
        }
    }

    @Test
    void aWrongSecretIsAChecksumErrorThatNeverShowsTheSecret() {
        try (BigBlueButtonClient bbb = BigBlueButtonClient.create(webhooks.url(), "wrong-" + SECRET)) {
            BbbApiException e = assertThrows(BbbApiException.class,
                    () -> bbb.hooks().create(CreateHookRequest.builder(CALLBACK).build()));
            assertTrue(e.isChecksumError());
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
            assertFalse(e.getMessage().contains(webhooks.only().params().get("checksum")), e.getMessage());
        }
    }

    @Test
    void aSecondHookForTheSameCallbackUrlIsADuplicateNotAnError() {
        try (BigBlueButtonClient bbb = client()) {
            HookCreated first = bbb.hooks().create(CreateHookRequest.builder(CALLBACK).build());
            HookCreated again = bbb.hooks().create(CreateHookRequest.builder(CALLBACK).meetingID("other-meeting").build());
            assertFalse(first.isDuplicate());
            assertTrue(again.isDuplicate());
            assertEquals(first.hookID(), again.hookID());
        }
    }

    @Test
    void listAllAndPerMeeting() {
        try (BigBlueButtonClient bbb = client()) {
            List<Hook> all = bbb.hooks().list();
            assertEquals(3, all.size());
            assertEquals(List.of("meeting-ended", "user-joined"), all.get(1).eventIDs());
            assertEquals(List.of("checksum"), List.copyOf(webhooks.requests.get(0).params().keySet()));
            bbb.hooks().list("course-42-lecture");
            assertEquals("course-42-lecture", webhooks.requests.get(1).params().get("meetingID"));
            assertEquals("hooks/list", webhooks.requests.get(1).call());
        }
    }

    @Test
    void destroyReturnsOnRemovedAndFailsForAMissingHook() {
        try (BigBlueButtonClient bbb = client()) {
            bbb.hooks().destroy("5f7fd8c4-6a8e-4a62-9ab1-3b2f0d0c9e11");
            assertEquals("hooks/destroy", webhooks.requests.get(0).call());
            assertEquals("5f7fd8c4-6a8e-4a62-9ab1-3b2f0d0c9e11", webhooks.requests.get(0).params().get("hookID"));
            BbbApiException e = assertThrows(BbbApiException.class, () -> bbb.hooks().destroy("42"));
            assertEquals("destroyMissingHook", e.messageKey());
            assertEquals("hooks/destroy", e.call());
        }
    }

    @Test
    void everyCallHasAnAsyncTwin() {
        try (BigBlueButtonClient bbb = client()) {
            HookCreated created = join(() -> bbb.hooks().createAsync(CreateHookRequest.builder(CALLBACK).build()));
            assertEquals("5f7fd8c4-6a8e-4a62-9ab1-3b2f0d0c9e11", created.hookID());
            assertEquals(3, join(() -> bbb.hooks().listAsync()).size());
            assertEquals(3, join(() -> bbb.hooks().listAsync("course-42-lecture")).size());
            join(() -> bbb.hooks().destroyAsync(created.hookID()));
            BbbApiException e = assertThrows(BbbApiException.class, () -> {
                try {
                    join(() -> bbb.hooks().destroyAsync("42"));
                } catch (CompletionException c) {
                    throw c.getCause();
                }
            });
            assertEquals("destroyMissingHook", e.messageKey());
            assertEquals(5, webhooks.requests.size());
        }
    }

    @Test
    void badInputFailsBeforeSendingAndNamesTheParameter() {
        for (String url : new String[]{null, "", "lms.example.org/events", "/events", "ftp://lms.example.org/x",
                "https://", "http://exa mple.org/"}) {
            assertEquals("callbackURL", assertThrows(BbbParameterException.class,
                    () -> CreateHookRequest.builder(url)).parameter(), String.valueOf(url));
        }
        CreateHookRequest.Builder b = CreateHookRequest.builder(CALLBACK);
        for (String[] ids : new String[][]{{"a,b"}, {""}, {"user joined"}, {"ok", null}}) {
            assertEquals("eventID", assertThrows(BbbParameterException.class, () -> b.eventIDs(ids)).parameter());
        }
        assertEquals("meetingID", assertThrows(BbbParameterException.class, () -> b.meetingID("a,b")).parameter());
        try (BigBlueButtonClient bbb = client()) {
            assertEquals("meetingID", assertThrows(BbbParameterException.class, () -> bbb.hooks().list("")).parameter());
            for (String id : new String[]{null, "", " 7", "7\n"}) {
                assertEquals("hookID", assertThrows(BbbParameterException.class, () -> bbb.hooks().destroy(id)).parameter());
            }
        }
        assertEquals(0, webhooks.requests.size(), "nothing was sent");
    }

    @Test
    void aGeneratedCallNameIsAcceptedBySignedUrl() {
        try (BigBlueButtonClient bbb = client()) {
            assertTrue(bbb.signedUrl("hooks/create", List.of(Map.entry("callbackURL", CALLBACK))).getRawPath()
                    .endsWith("/api/hooks/create"));
        }
    }

    private static <T> T join(Supplier<CompletionStage<T>> call) {
        return call.get().toCompletableFuture().join();
    }
}
