package io.github.bbbjakarta.api;

/**
 * A request value the server would reject anyway (or that cannot be sent), found before any network call.
 * The message names the parameter.
 */
public final class BbbParameterException extends BbbException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String problem;

    /**
     * @param parameter the parameter or setting, by its BBB or builder name
     * @param problem   what is wrong with it, without its value when that is a credential
     */
    public BbbParameterException(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
        this.problem = problem;
    }

    /** What is wrong with the value, without the parameter name. */
    public String problem() {
        return problem;
    }

    /** The BBB parameter (or setting) at fault, e.g. {@code meetingID}. */
    public String parameter() {
        return parameter;
    }
}
