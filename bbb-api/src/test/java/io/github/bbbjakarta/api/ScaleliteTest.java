package io.github.bbbjakarta.api;

import io.github.bbbjakarta.simulator.RecordingSeed;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code scalelite(true)} against the simulator over real HTTP: the calls Scalelite does not proxy (its
 * {@code config/routes.rb}) fail with {@link BbbUnsupportedCallException} and never reach the server, the calls it
 * proxies work as before, and without the setting the same calls are sent.
 */
class ScaleliteTest extends SimulatorTest {
    private static final byte[] VTT = "WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n".getBytes(StandardCharsets.UTF_8);
    private static final String RECORD_ID = "0123456789abcdef0123456789abcdef01234567-1700000000000";

    private static BigBlueButtonClient scalelite;

    @BeforeAll
    static void connectThroughScalelite() {
        scalelite = BigBlueButtonClient.builder(SIM.apiUrl(), SECRET).scalelite(true).build();
    }

    @AfterAll
    static void disconnectScalelite() {
        scalelite.close();
    }

    /** A call returning nothing, as a supplier of {@code null}. */
    private static ThrowingSupplier<Object> run(Executable call) {
        return () -> {
            call.execute();
            return null;
        };
    }

    /**
     * Each call Scalelite does not proxy, by its call name, blocking and async, made through {@code bbb}; an async
     * call supplies its stage.
     */
    private static List<Map.Entry<String, ThrowingSupplier<?>>> unproxiedCalls(BigBlueButtonClient bbb) {
        CreateHookRequest hook = CreateHookRequest.builder("https://lms.example.org/events").build();
        PutTextTrackRequest track = PutTextTrackRequest.builder(RECORD_ID, TextTrackKind.SUBTITLES, "en")
                .file("en.vtt", VTT).build();
        List<Map.Entry<String, ThrowingSupplier<?>>> calls = new ArrayList<>();
        calls.add(Map.entry("hooks/create", () -> bbb.hooks().create(hook)));
        calls.add(Map.entry("hooks/create", () -> bbb.hooks().createAsync(hook)));
        calls.add(Map.entry("hooks/list", () -> bbb.hooks().list()));
        calls.add(Map.entry("hooks/list", () -> bbb.hooks().listAsync()));
        calls.add(Map.entry("hooks/list", () -> bbb.hooks().list("sl-1")));
        calls.add(Map.entry("hooks/list", () -> bbb.hooks().listAsync("sl-1")));
        calls.add(Map.entry("hooks/destroy", run(() -> bbb.hooks().destroy("1"))));
        calls.add(Map.entry("hooks/destroy", () -> bbb.hooks().destroyAsync("1")));
        calls.add(Map.entry("getRecordingTextTracks", () -> bbb.recordings().getRecordingTextTracks(RECORD_ID)));
        calls.add(Map.entry("getRecordingTextTracks", () -> bbb.recordings().getRecordingTextTracksAsync(RECORD_ID)));
        calls.add(Map.entry("putRecordingTextTrack", run(() -> bbb.recordings().putRecordingTextTrack(track))));
        calls.add(Map.entry("putRecordingTextTrack", () -> bbb.recordings().putRecordingTextTrackAsync(track)));
        calls.add(Map.entry("sendChatMessage", run(() -> bbb.meetings().sendChatMessage("sl-1", "hello"))));
        calls.add(Map.entry("sendChatMessage", run(() -> bbb.meetings().sendChatMessage("sl-1", "hello", "Bot"))));
        calls.add(Map.entry("sendChatMessage", () -> bbb.meetings().sendChatMessageAsync("sl-1", "hello")));
        calls.add(Map.entry("sendChatMessage", () -> bbb.meetings().sendChatMessageAsync("sl-1", "hello", "Bot")));
        return calls;
    }

    @Test
    void callsScaleliteDoesNotProxyAreRefusedBeforeAnythingIsSent() {
        scalelite.meetings().create(CreateMeetingRequest.builder("sl-1", "Behind Scalelite").build());
        SIM.control().clearRequests();
        for (Map.Entry<String, ThrowingSupplier<?>> call : unproxiedCalls(scalelite)) {
            // the …Async twins throw at once, as for a parameter error found before sending: no stage to join
            BbbUnsupportedCallException e = assertThrows(BbbUnsupportedCallException.class, call.getValue()::get,
                    call.getKey());
            assertEquals(call.getKey(), e.call());
            assertTrue(e.getMessage().startsWith(call.getKey() + ": not available behind Scalelite"), e::getMessage);
            assertTrue(e.getMessage().endsWith("call a BigBlueButton server directly"), e::getMessage);
            assertTrue(e.problem().contains("create, join, end, isMeetingRunning, getMeetingInfo, getMeetings, "
                    + "insertDocument, getRecordings, publishRecordings, updateRecordings and deleteRecordings"),
                    e::problem);
        }
        assertEquals("message", assertThrows(BbbParameterException.class,
                () -> scalelite.meetings().sendChatMessageAsync("sl-1", "")).parameter(),
                "the parameter checks still come first");
        assertEquals(List.of(), SIM.control().requests(), "nothing reached the server");
    }

    @Test
    void theSameCallsReachTheServerWithoutTheSetting() {
        assertFalse(client.isBehindScalelite());
        client.meetings().create(CreateMeetingRequest.builder("sl-1", "Plain BBB").build());
        for (Map.Entry<String, ThrowingSupplier<?>> call : unproxiedCalls(client)) {
            SIM.control().clearRequests();
            try {
                if (call.getValue().get() instanceof CompletionStage<?> stage) {
                    stage.toCompletableFuture().join();
                }
            } catch (BbbApiException | CompletionException expected) {
                // e.g. sendChatMessage to a meeting nobody joined: the server answered, which is the point
                Throwable answer = expected instanceof CompletionException ? expected.getCause() : expected;
                assertTrue(answer instanceof BbbApiException, () -> call.getKey() + ": " + answer);
            } catch (Throwable t) {
                throw new AssertionError(call.getKey() + ": " + t, t);
            }
            assertEquals(1, SIM.control().requests(call.getKey()).size(), call.getKey());
        }
    }

    @Test
    void callsScaleliteProxiesStillWork() {
        assertTrue(scalelite.isBehindScalelite());
        scalelite.checkConnection();
        scalelite.checkConnectionAsync().toCompletableFuture().join();
        assertFalse(scalelite.meetings().createAsync(CreateMeetingRequest.builder("sl-2", "Proxied").build())
                .toCompletableFuture().join().isDuplicate());
        JoinMeetingResponse joined = scalelite.meetings().join(
                JoinMeetingRequest.builder("sl-2", "Ada", Role.MODERATOR).build());
        assertTrue(joined.url().toString().startsWith("http"), joined::toString);
        assertEquals("Proxied", scalelite.meetings().getMeetingInfo("sl-2").meetingName());
        assertEquals(1, scalelite.meetings().getMeetings().size());
        assertFalse(scalelite.meetings().isMeetingRunning("sl-2"));
        scalelite.meetings().insertDocument(InsertDocumentRequest.of("sl-2",
                PresentationDocument.fromUrl("https://example.com/slides.pdf", "slides.pdf")));
        assertEquals("slides.pdf", SIM.control().meeting("sl-2").orElseThrow().documents().stream()
                .reduce((a, b) -> b).orElseThrow().fileName());
        scalelite.meetings().end("sl-2");

        String recordID = SIM.control().addRecording(RecordingSeed.of("sl-course")).recordID();
        assertEquals(1, scalelite.recordings().getRecordings(GetRecordingsRequest.builder()
                .meetingIDs("sl-course").build()).recordings().size());
        scalelite.recordings().publishRecordings(false, recordID);
        scalelite.recordings().updateRecordings(UpdateRecordingsRequest.builder(recordID).meta("bbb-origin", "LMS")
                .build());
        scalelite.recordings().deleteRecordingsAsync(recordID).toCompletableFuture().join();

        for (String call : List.of("", "create", "join", "getMeetingInfo", "getMeetings", "isMeetingRunning",
                "insertDocument", "end", "getRecordings", "publishRecordings", "updateRecordings", "deleteRecordings")) {
            assertFalse(SIM.control().requests(call).isEmpty(), call);
        }
    }

    @Test
    void theRefusalHoldsNoCredentialAndSignedUrlStillSigns() {
        BbbUnsupportedCallException e = assertThrows(BbbUnsupportedCallException.class,
                () -> scalelite.hooks().list("sl-3"));
        assertFalse(e.getMessage().contains(SECRET), e::getMessage);
        assertFalse(e.getMessage().contains("checksum="), e::getMessage);
        assertFalse(e.getMessage().contains(SIM.apiUrl().getHost()), "no URL: " + e.getMessage());
        assertTrue(e instanceof BbbException);

        String url = scalelite.signedUrl("hooks/list", List.of(Map.entry("meetingID", "sl-3"))).toString();
        assertTrue(url.matches(".*/hooks/list\\?meetingID=sl-3&checksum=[0-9a-f]{40}"), url);
        assertTrue(SIM.control().requests().isEmpty());
        assertTrue(scalelite.toString().endsWith(", scalelite]"), scalelite::toString);
        assertFalse(client.toString().contains("scalelite"), client::toString);
    }

    @Test
    void theSettingAppliesToASuppliedJaxrsClientToo() {
        Client jaxrs = ClientBuilder.newClient();
        try (BigBlueButtonClient bbb = BigBlueButtonClient.builder(SIM.apiUrl(), SECRET).jaxrsClient(jaxrs)
                .scalelite(true).build()) {
            bbb.meetings().create(CreateMeetingRequest.builder("sl-4", "Over JAX-RS").build());
            assertEquals("sendChatMessage", assertThrows(BbbUnsupportedCallException.class,
                    () -> bbb.meetings().sendChatMessageAsync("sl-4", "hello")).call());
            assertEquals(List.of("create"), SIM.control().requests().stream().map(r -> r.callName()).toList());
        } finally {
            jaxrs.close();
        }
    }
}
