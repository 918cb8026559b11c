package io.github.bbbjakarta.simulator.internal.wire;

import java.util.Optional;
import java.util.Set;

/** The bbb-web 3.0 API calls the simulator answers, with their call names and allowed HTTP methods. */
public enum ApiCall {
    ROOT("", Set.of("GET")),
    CREATE("create", Set.of("GET", "POST")),
    JOIN("join", Set.of("GET")),
    IS_MEETING_RUNNING("isMeetingRunning", Set.of("GET", "POST")),
    END("end", Set.of("GET", "POST")),
    GET_MEETING_INFO("getMeetingInfo", Set.of("GET", "POST")),
    GET_MEETINGS("getMeetings", Set.of("GET", "POST")),
    GET_RECORDINGS("getRecordings", Set.of("GET", "POST")),
    PUBLISH_RECORDINGS("publishRecordings", Set.of("GET")),
    DELETE_RECORDINGS("deleteRecordings", Set.of("GET")),
    UPDATE_RECORDINGS("updateRecordings", Set.of("GET", "POST")),
    GET_RECORDING_TEXT_TRACKS("getRecordingTextTracks", Set.of("GET", "POST")),
    PUT_RECORDING_TEXT_TRACK("putRecordingTextTrack", Set.of("POST")),
    INSERT_DOCUMENT("insertDocument", Set.of("POST")),
    SEND_CHAT_MESSAGE("sendChatMessage", Set.of("GET"));

    private final String callName;
    private final Set<String> methods;

    ApiCall(String callName, Set<String> methods) {
        this.callName = callName;
        this.methods = methods;
    }

    /** The call name used in the checksum ({@code ""} for the API root). */
    public String callName() {
        return callName;
    }

    /**
     * Whether the 3.0 URL mapping routes this HTTP method to the call; {@code HEAD} goes wherever {@code GET} goes
     * (the servlet container answers it like GET, without the body).
     */
    public boolean allows(String method) {
        return methods.contains("HEAD".equals(method) ? "GET" : method);
    }

    /**
     * Calls bbb-web had and 3.0 no longer routes (the Flash client's configuration, removed in 2.4): Grails'
     * generic {@code $controller/$action?} mapping finds no such action and answers HTTP 404.
     */
    public static boolean removedIn30(String callName) {
        return REMOVED_IN_3_0.contains(callName);
    }

    private static final Set<String> REMOVED_IN_3_0 = Set.of("getDefaultConfigXML", "setConfigXML");

    /** The allowed methods, for an {@code Allow} header. */
    public Set<String> methods() {
        return methods;
    }

    /** Finds a simulated call by its call name. */
    public static Optional<ApiCall> byName(String callName) {
        for (ApiCall c : values()) {
            if (c.callName.equals(callName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
