package io.github.bbbjakarta.lms;

import java.util.List;

/**
 * One page of a context's recordings. Immutable.
 *
 * @param recordings    the page's recordings, in BBB's order
 * @param offset        the index of the first one among all matching recordings
 * @param limit         the page size asked for
 * @param totalElements how many recordings match over all pages
 */
public record CourseRecordingsPage(List<CourseRecording> recordings, int offset, int limit, long totalElements) {
    public CourseRecordingsPage {
        recordings = List.copyOf(recordings);
    }

    /** Whether pages follow this one. */
    public boolean hasNext() {
        return offset + recordings.size() < totalElements;
    }
}
