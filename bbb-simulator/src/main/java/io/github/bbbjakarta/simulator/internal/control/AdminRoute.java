package io.github.bbbjakarta.simulator.internal.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The admin API's routes under {@code /__admin}, in one table that the server ({@link AdminApi}) and the client
 * ({@link RemoteControl}) share, with the names of their query parameters and body members.
 */
enum AdminRoute {
    /** Journal entries ({@code ?call=NAME} filters). */
    REQUESTS("GET", "/requests"),
    /** Clears the journal. */
    CLEAR_REQUESTS("DELETE", "/requests"),
    /** Resets everything. */
    RESET("POST", "/reset"),
    /** Meeting snapshots. */
    MEETINGS("GET", "/meetings"),
    /** Hooks registered with the simulated bbb-webhooks. */
    HOOKS("GET", "/hooks"),
    /** Outgoing callbacks (end, meetingEndedURL, recording ready). */
    CALLBACKS("GET", "/callbacks"),
    /** Chat messages of one meeting ({@code ?meetingID=ID}). */
    CHAT_MESSAGES("GET", "/chatMessages"),
    /** Join sessions. */
    SESSIONS("GET", "/sessions"),
    /** Connects a session's client ({@code {"sessionToken":..}}). */
    CONNECT("POST", "/sessions/connect"),
    /** Disconnects it ({@code {"sessionToken":..}}). */
    DISCONNECT("POST", "/sessions/disconnect"),
    /** Creates and connects a synthetic user ({@code {"meetingID":..,"fullName":..,"role":..,"userID":..}}). */
    USERS("POST", "/users"),
    /** Installed stubs by call name. */
    STUBS("GET", "/stubs"),
    /** Installs a stub ({@code ?call=NAME}, body: the stub). */
    PUT_STUB("PUT", "/stubs"),
    /** Removes one stub ({@code ?call=NAME}) or all. */
    REMOVE_STUBS("DELETE", "/stubs"),
    // ---- recordings (one block) ----
    /** Recording snapshots. */
    RECORDINGS("GET", "/recordings"),
    /** Starts recording a meeting ({@code {"meetingID":..}}). */
    START_RECORDING("POST", "/recordings/start"),
    /** Stops recording a meeting ({@code {"meetingID":..}}). */
    STOP_RECORDING("POST", "/recordings/stop"),
    /** Moves every recording one state on; answers {@code {"moved":n}}. */
    ADVANCE_RECORDINGS("POST", "/recordings/advance"),
    /** The recording settings. */
    RECORDING_SETTINGS("GET", "/recordings/settings"),
    /** Replaces the recording settings (body: the settings). */
    PUT_RECORDING_SETTINGS("PUT", "/recordings/settings"),
    /** Adds recordings directly (body: one seed object or an array of them); answers their snapshots. */
    ADD_RECORDINGS("POST", "/recordings"),
    /** The text tracks of one recording ({@code ?recordID=ID}). */
    TEXT_TRACKS("GET", "/recordings/textTracks"),
    /** Ends a meeting ({@code {"meetingID":..}}). */
    END_MEETING("POST", "/meetings/end");

    /** Query parameter naming an API call. */
    static final String CALL = "call";
    /** Body member: a session token. */
    static final String SESSION_TOKEN = "sessionToken";
    /** Body members of {@link #USERS}. */
    static final String MEETING_ID = "meetingID";
    static final String FULL_NAME = "fullName";
    static final String ROLE = "role";
    static final String USER_ID = "userID";
    /** Query parameter of {@link #TEXT_TRACKS}. */
    static final String RECORD_ID = "recordID";
    /** Member of the {@link #ADVANCE_RECORDINGS} answer. */
    static final String MOVED = "moved";

    private final String method;
    private final String path;

    AdminRoute(String method, String path) {
        this.method = method;
        this.path = path;
    }

    String method() {
        return method;
    }

    /** The path below {@code /__admin}, e.g. {@code /requests}. */
    String path() {
        return path;
    }

    /** The route of a method and path, if any. */
    static Optional<AdminRoute> find(String method, String path) {
        return Arrays.stream(values()).filter(r -> r.method.equals(method) && r.path.equals(path)).findFirst();
    }

    /** Whether some route has this path (with another method: 405 rather than 404). */
    static boolean knownPath(String path) {
        return Arrays.stream(values()).anyMatch(r -> r.path.equals(path));
    }
}
