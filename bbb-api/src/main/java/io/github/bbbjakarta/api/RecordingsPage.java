package io.github.bbbjakarta.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code getRecordings} answer: its recordings and, when the server paged (a {@code limit} was sent to
 * BBB 3.0+), the paging information. {@code noRecordings} answers are an empty page. Immutable.
 */
public final class RecordingsPage {
    private final List<Recording> recordings;
    private final Paging paging;

    private RecordingsPage(List<Recording> recordings, Paging paging) {
        this.recordings = List.copyOf(recordings);
        this.paging = paging;
    }

    /** A page; {@code paging} is {@code null} when the server sent none. */
    public static RecordingsPage of(List<Recording> recordings, Paging paging) {
        return new RecordingsPage(recordings, paging);
    }

    /** The recordings, in the server's order; empty for {@code noRecordings}. */
    public List<Recording> recordings() {
        return recordings;
    }

    /**
     * The paging information, present when the server sent {@code <pagination>} (3.0.x) or a bare
     * {@code <totalElements>} (3.1); absent from servers that do not page (before 3.0, or no {@code limit} sent).
     */
    public Optional<Paging> paging() {
        return Optional.ofNullable(paging);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordingsPage p && recordings.equals(p.recordings) && Objects.equals(paging, p.paging);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordings, paging);
    }

    @Override
    public String toString() {
        return "RecordingsPage[recordings=" + recordings + ", paging=" + paging + "]";
    }

    /**
     * Where a page lies: its offset and limit (as the server echoed them in {@code <pageable>}, else as
     * requested) and the number of recordings matching the filter over all pages.
     */
    public static final class Paging {
        private final int offset;
        private final int limit;
        private final long totalElements;

        private Paging(int offset, int limit, long totalElements) {
            this.offset = offset;
            this.limit = limit;
            this.totalElements = totalElements;
        }

        /** Paging information. */
        public static Paging of(int offset, int limit, long totalElements) {
            return new Paging(offset, limit, totalElements);
        }

        /** The index of the page's first recording among all matching ones. */
        public int offset() {
            return offset;
        }

        /** The page size. */
        public int limit() {
            return limit;
        }

        /** How many recordings match over all pages. */
        public long totalElements() {
            return totalElements;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Paging p && offset == p.offset && limit == p.limit && totalElements == p.totalElements;
        }

        @Override
        public int hashCode() {
            return Objects.hash(offset, limit, totalElements);
        }

        @Override
        public String toString() {
            return "Paging[offset=" + offset + ", limit=" + limit + ", totalElements=" + totalElements + "]";
        }
    }
}
