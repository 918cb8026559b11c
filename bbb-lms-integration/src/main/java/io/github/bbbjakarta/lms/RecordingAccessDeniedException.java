package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.api.BbbException;

/**
 * A recording operation refused before anything was sent to BBB: the user may not do it, or the recording does
 * not belong to the context. Unchecked.
 */
public final class RecordingAccessDeniedException extends BbbException {
    private static final long serialVersionUID = 1L;

    /** Why an operation was refused. */
    public enum Reason {
        /** Only the context's moderators manage recordings; viewers see published ones. */
        NOT_A_MODERATOR,
        /** The recording does not exist, or is not one of the context's activity. */
        NOT_IN_CONTEXT
    }

    private final Reason reason;
    private final String operation;
    private final String recordID;

    /**
     * @param reason    why
     * @param operation what was refused, e.g. {@code delete}
     * @param recordID  the recording concerned
     */
    public RecordingAccessDeniedException(Reason reason, String operation, String recordID) {
        super(operation + " of recording " + recordID + " refused: " + (reason == Reason.NOT_A_MODERATOR
                ? "only moderators of the activity manage its recordings"
                : "no such recording in this activity"));
        this.reason = reason;
        this.operation = operation;
        this.recordID = recordID;
    }

    /** Why the operation was refused. */
    public Reason reason() {
        return reason;
    }

    /** The refused operation: {@code publish}, {@code unpublish}, {@code protect}, {@code rename}, … */
    public String operation() {
        return operation;
    }

    /** The recording concerned. */
    public String recordID() {
        return recordID;
    }
}
