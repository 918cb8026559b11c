package io.github.bbbjakarta.api;

import io.github.bbbjakarta.api.internal.Checks;
import io.github.bbbjakarta.api.internal.HttpTransport;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.PresentationXml;
import io.github.bbbjakarta.api.internal.RequestSigner;
import io.github.bbbjakarta.api.internal.meetings.CreateMeetingMapper;
import io.github.bbbjakarta.api.internal.meetings.JoinMeetingMapper;
import io.github.bbbjakarta.api.internal.meetings.MeetingContentMapper;
import io.github.bbbjakarta.api.internal.meetings.MeetingInfoMapper;
import io.github.bbbjakarta.api.internal.meetings.RunningMapper;
import io.github.bbbjakarta.api.internal.Wire.Call;
import io.github.bbbjakarta.api.internal.Wire.Key;
import io.github.bbbjakarta.api.internal.Wire.Param;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/**
 * The meeting calls of one {@link BigBlueButtonClient}. Each blocking method has an {@code …Async} twin
 * returning a {@link CompletionStage} that completes exceptionally with the same exceptions. Thread-safe.
 */
public final class Meetings {
    /** Longest chat message bbb-web accepts ({@code @Size(max = 500)}). */
    public static final int MAX_CHAT_MESSAGE_LENGTH = 500;
    /** Longest chat sender name bbb-web accepts ({@code @Size(max = 255)}). */
    public static final int MAX_CHAT_USER_NAME_LENGTH = 255;

    private final RequestSigner signer;
    private final HttpTransport transport;

    Meetings(RequestSigner signer, HttpTransport transport) {
        this.signer = signer;
        this.transport = transport;
    }

    /**
     * Creates a meeting, or returns the running one with the same meetingID ({@link CreateMeetingResponse#isDuplicate()}).
     * Idempotent: call it before every join, as Scalelite expects. With pre-upload documents the call is a POST
     * with an XML body.
     *
     * @throws BbbApiException e.g. {@code idNotUnique} when the meeting runs with other passwords
     */
    public CreateMeetingResponse create(CreateMeetingRequest request) {
        return send(Call.CREATE, request.parameters(), body(request), CreateMeetingMapper::create);
    }

    /** The non-blocking twin of {@link #create(CreateMeetingRequest)}. */
    public CompletionStage<CreateMeetingResponse> createAsync(CreateMeetingRequest request) {
        return sendAsync(Call.CREATE, request.parameters(), body(request), CreateMeetingMapper::create);
    }

    private static String body(CreateMeetingRequest request) {
        return request.documents().isEmpty() ? null : PresentationXml.modules(request.documents());
    }

    /**
     * The signed URL to send a user's browser to; computed offline, nothing is sent. The meeting must exist
     * when the browser follows it.
     */
    public JoinUrl joinUrl(JoinMeetingRequest request) {
        return new JoinUrl(signer.urlText(Call.JOIN, request.parameters()));
    }

    /**
     * Joins on the user's behalf ({@code redirect=false}) and returns the session, whose {@link JoinMeetingResponse#url()}
     * the browser then opens. Joining does not make the meeting running; the browser's connection does.
     *
     * @throws BbbApiException e.g. {@code meetingForciblyEnded} for an unknown meeting (bbb-web's choice),
     *                         {@code guestDeniedAccess}, {@code maxParticipantsReached}, {@code Params required}
     */
    public JoinMeetingResponse join(JoinMeetingRequest request) {
        return send(Call.JOIN, request.withRedirect(false).parameters(), null, JoinMeetingMapper::join);
    }

    /** The non-blocking twin of {@link #join(JoinMeetingRequest)}. */
    public CompletionStage<JoinMeetingResponse> joinAsync(JoinMeetingRequest request) {
        return sendAsync(Call.JOIN, request.withRedirect(false).parameters(), null, JoinMeetingMapper::join);
    }

    /**
     * Ends a meeting and removes it from the server (asynchronously on a real server: check with
     * {@link #isMeetingRunning(String)}).
     *
     * @throws BbbApiException with {@code notFound} if no such meeting exists
     */
    public void end(String meetingID) {
        send(Call.END, meetingIdOnly(meetingID), null, RunningMapper::end);
    }

    /** The non-blocking twin of {@link #end(String)}. */
    public CompletionStage<Void> endAsync(String meetingID) {
        return sendAsync(Call.END, meetingIdOnly(meetingID), null, RunningMapper::end);
    }

    /** Whether a client is connected to the meeting; {@code false} for an unknown meeting. */
    public boolean isMeetingRunning(String meetingID) {
        return send(Call.IS_MEETING_RUNNING, meetingIdOnly(meetingID), null, RunningMapper::running);
    }

    /** The non-blocking twin of {@link #isMeetingRunning(String)}. */
    public CompletionStage<Boolean> isMeetingRunningAsync(String meetingID) {
        return sendAsync(Call.IS_MEETING_RUNNING, meetingIdOnly(meetingID), null, RunningMapper::running);
    }

    /**
     * Everything the server knows about a meeting: attendees, metadata, breakout rooms.
     *
     * @throws BbbApiException with {@code notFound} if no such meeting exists; see {@link #findMeetingInfo(String)}
     */
    public MeetingInfo getMeetingInfo(String meetingID) {
        return send(Call.GET_MEETING_INFO, meetingIdOnly(meetingID), null, MeetingInfoMapper::meetingInfo);
    }

    /** The non-blocking twin of {@link #getMeetingInfo(String)}. */
    public CompletionStage<MeetingInfo> getMeetingInfoAsync(String meetingID) {
        return sendAsync(Call.GET_MEETING_INFO, meetingIdOnly(meetingID), null, MeetingInfoMapper::meetingInfo);
    }

    /** {@link #getMeetingInfo(String)}, with an unknown meeting as an empty result instead of an exception. */
    public Optional<MeetingInfo> findMeetingInfo(String meetingID) {
        try {
            return Optional.of(getMeetingInfo(meetingID));
        } catch (BbbApiException e) {
            if (Key.NOT_FOUND.equals(e.messageKey())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** All meetings on the server (all of Scalelite's servers behind a load balancer). */
    public List<MeetingInfo> getMeetings() {
        return send(Call.GET_MEETINGS, List.of(), null, MeetingInfoMapper::meetings);
    }

    /** The non-blocking twin of {@link #getMeetings()}. */
    public CompletionStage<List<MeetingInfo>> getMeetingsAsync() {
        return sendAsync(Call.GET_MEETINGS, List.of(), null, MeetingInfoMapper::meetings);
    }

    /**
     * Adds documents to a meeting's presentation area (BBB 2.5+; a POST with an XML body). The server answers at
     * once and downloads and converts the documents afterwards. bbb-web sends no messageKey here; this client
     * derives one.
     *
     * @throws BbbApiException {@code notFound} for an unknown meeting ("Meeting with id [X] not found."),
     *                         {@code presentationDisabled} when the meeting disabled the presentation feature
     */
    public void insertDocument(InsertDocumentRequest request) {
        send(Call.INSERT_DOCUMENT, request.parameters(), PresentationXml.modules(request.documents()),
                MeetingContentMapper::insertDocument);
    }

    /** The non-blocking twin of {@link #insertDocument(InsertDocumentRequest)}. */
    public CompletionStage<Void> insertDocumentAsync(InsertDocumentRequest request) {
        return sendAsync(Call.INSERT_DOCUMENT, request.parameters(), PresentationXml.modules(request.documents()),
                MeetingContentMapper::insertDocument);
    }

    /**
     * Posts a message to the public chat of a running meeting (BBB 3.0), shown as sent by {@code System}.
     *
     * @param message 1 to {@value #MAX_CHAT_MESSAGE_LENGTH} characters (UTF-16 units, as bbb-web counts)
     * @throws BbbParameterException for an invalid meetingID or message, before anything is sent
     * @throws BbbApiException       {@code meetingNotFound} when the meeting does not exist or is not running
     * @throws BbbUnsupportedCallException behind {@linkplain BigBlueButtonClient.Builder#scalelite(boolean) Scalelite},
     *                         which does not proxy this call (the {@code …Async} twins throw it too), nothing sent
     */
    public void sendChatMessage(String meetingID, String message) {
        sendChatMessage(meetingID, message, null);
    }

    /**
     * {@link #sendChatMessage(String, String)} with a sender name.
     *
     * @param userName at most {@value #MAX_CHAT_USER_NAME_LENGTH} characters, or {@code null} for BBB's default
     *                 ({@code System})
     */
    public void sendChatMessage(String meetingID, String message, String userName) {
        send(Call.SEND_CHAT_MESSAGE, chatParameters(meetingID, message, userName), null,
                MeetingContentMapper::sendChatMessage);
    }

    /** The non-blocking twin of {@link #sendChatMessage(String, String)}. */
    public CompletionStage<Void> sendChatMessageAsync(String meetingID, String message) {
        return sendChatMessageAsync(meetingID, message, null);
    }

    /** The non-blocking twin of {@link #sendChatMessage(String, String, String)}. */
    public CompletionStage<Void> sendChatMessageAsync(String meetingID, String message, String userName) {
        return sendAsync(Call.SEND_CHAT_MESSAGE, chatParameters(meetingID, message, userName), null,
                MeetingContentMapper::sendChatMessage);
    }

    private static List<Map.Entry<String, String>> chatParameters(String meetingID, String message, String userName) {
        Checks.meetingId(Param.MEETING_ID, meetingID);
        if (message == null || message.isEmpty() || message.length() > MAX_CHAT_MESSAGE_LENGTH) {
            throw new BbbParameterException(Param.MESSAGE, "must have 1 to " + MAX_CHAT_MESSAGE_LENGTH
                    + " characters (was " + (message == null ? "null" : message.length() + "") + ")");
        }
        if (userName == null) {
            return List.of(Map.entry(Param.MEETING_ID, meetingID), Map.entry(Param.MESSAGE, message));
        }
        if (userName.length() > MAX_CHAT_USER_NAME_LENGTH) {
            throw new BbbParameterException(Param.USER_NAME, "must not exceed " + MAX_CHAT_USER_NAME_LENGTH
                    + " characters (was " + userName.length() + ")");
        }
        return List.of(Map.entry(Param.MEETING_ID, meetingID), Map.entry(Param.MESSAGE, message),
                Map.entry(Param.USER_NAME, userName));
    }

    private static List<Map.Entry<String, String>> meetingIdOnly(String meetingID) {
        return List.of(Map.entry(Param.MEETING_ID, Checks.meetingId(Param.MEETING_ID, meetingID)));
    }

    private <T> T send(String call, List<Map.Entry<String, String>> params, String body,
                       BiFunction<String, Answer, T> reader) {
        URI url = signer.url(call, params);
        return reader.apply(call, transport.send(call, url, body));
    }

    private <T> CompletionStage<T> sendAsync(String call, List<Map.Entry<String, String>> params, String body,
                                             BiFunction<String, Answer, T> reader) {
        URI url = signer.url(call, params);
        return transport.sendAsync(call, url, body).thenApply(a -> reader.apply(call, a));
    }
}
