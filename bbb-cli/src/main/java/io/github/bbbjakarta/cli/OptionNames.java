package io.github.bbbjakarta.cli;

import io.github.bbbjakarta.api.BbbParameterException;
import io.github.bbbjakarta.api.GetRecordingsRequest;

import java.util.Map;

/** Turns the client's complaint about a BBB parameter into one naming the command-line option it came from. */
final class OptionNames {
    private OptionNames() {
    }

    /**
     * A usage failure naming the option of {@code e}'s parameter ({@code meta_x} parameters map to the option of
     * {@code "meta_"}), or {@code e}'s parameter if no option is mapped.
     */
    static CliFailure failure(BbbParameterException e, Map<String, String> optionOfParameter) {
        String parameter = e.parameter();
        String option = optionOfParameter.get(parameter);
        if (option == null && parameter != null && parameter.startsWith("meta_")) {
            option = optionOfParameter.get("meta_");
            if (option != null) {
                option = option + " " + parameter.substring("meta_".length());
            }
        }
        return CliFailure.usage((option != null ? option : "invalid parameter " + parameter) + ": " + e.problem());
    }

    /**
     * Checks a meeting ID as the client will before sending it.
     *
     * @throws CliFailure naming {@code option} if it is not a valid meetingID
     */
    static void checkMeetingID(String option, String meetingID) {
        try {
            GetRecordingsRequest.builder().meetingIDs(meetingID);
        } catch (BbbParameterException e) {
            throw CliFailure.usage(option + ": " + e.problem());
        }
    }
}
