package io.github.bbbjakarta.lms;

/**
 * Which recordings of a {@link MeetingContext} a listing shows, found by the {@code bbb-context-*} metadata every
 * meeting of this integration is created with.
 */
public enum RecordingScope {
    /** Every recording of the context's course (all its activities and sections). */
    COURSE,
    /** Every recording of the context's activity: its course meeting, its breakout rooms and its sections' meetings. */
    ACTIVITY,
    /**
     * The recordings of the context's own meeting: the section's meeting for a section context, else the same as
     * {@link #ACTIVITY}.
     */
    MEETING
}
