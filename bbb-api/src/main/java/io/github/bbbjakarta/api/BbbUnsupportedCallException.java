package io.github.bbbjakarta.api;

/**
 * The call is not available where this client sends it, found before any network call: behind a Scalelite
 * load balancer ({@link BigBlueButtonClient.Builder#scalelite(boolean)}), which proxies only some of the API.
 * The message names the call and what to do instead.
 */
public final class BbbUnsupportedCallException extends BbbException {
    private static final long serialVersionUID = 1L;

    private final String call;
    private final String problem;

    /**
     * @param call    the call name, e.g. {@code hooks/create}
     * @param problem why it is not available and what to do instead, free of credentials
     */
    public BbbUnsupportedCallException(String call, String problem) {
        super(callLabel(call) + ": " + problem);
        this.call = call;
        this.problem = problem;
    }

    /** The API call name that was refused, e.g. {@code hooks/create} or {@code sendChatMessage}. */
    public String call() {
        return call;
    }

    /** Why the call is not available, without the call name. */
    public String problem() {
        return problem;
    }
}
