package io.github.bbbjakarta.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user session created by {@code join} (or by {@link SimulatorControl#connectUser}); its session token opens
 * the simulated client. Immutable snapshot, thread-safe.
 *
 * @param meetingID         external meeting id
 * @param internalMeetingID internal meeting id
 * @param internalUserID    internal user id ({@code w_xxxxxxxxxxxx})
 * @param userID            external user id ({@code userID} parameter, else the internal id)
 * @param fullName          full name as bbb-web stored it (control characters stripped)
 * @param role              resolved role
 * @param guest             the {@code guest} flag
 * @param guestStatus       {@code ALLOW}, {@code WAIT} or {@code DENY}
 * @param sessionToken      session token of the client URL
 * @param authToken         auth token
 * @param clientUrl         the simulated client URL the join redirected to
 * @param connected         whether the user is currently connected (in the meeting and not left)
 * @param customData        {@code userdata-*} values stored for the user
 * @param joinParams        all decoded join parameters in arrival order (empty for synthetic users)
 */
public record JoinSession(String meetingID, String internalMeetingID, String internalUserID, String userID,
                          String fullName, SimRole role, boolean guest, String guestStatus, String sessionToken,
                          String authToken, String clientUrl, boolean connected, Map<String, String> customData,
                          List<Parameter> joinParams) {
    public JoinSession {
        customData = Map.copyOf(customData);
        joinParams = List.copyOf(joinParams);
    }

    /** First decoded value of a join parameter. */
    public Optional<String> joinParam(String name) {
        return joinParams.stream().filter(p -> p.name().equals(name)).map(Parameter::value).findFirst();
    }
}
