package io.github.bbbjakarta.lms.internal;

import io.github.bbbjakarta.lms.Activity;
import io.github.bbbjakarta.lms.Course;
import io.github.bbbjakarta.lms.MeetingContext;
import io.github.bbbjakarta.lms.Section;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeetingIdsTest {
    private static final String KEY = "unit-test-meeting-id-key-0123456789";
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9_-]+");
    private final MeetingIds ids = new MeetingIds(KEY, "lms-");

    private static MeetingContext ctx(String tenant, String course, String activity) {
        return MeetingContext.of(Course.of(tenant, course, "Title"), new Activity(activity, "Lecture"));
    }

    @Test
    void sameContextAlwaysGivesTheSameId() {
        MeetingContext a = ctx("moodle.example.edu", "42", "7");
        MeetingContext b = MeetingContext.of(new Course("moodle.example.edu", "42", "Renamed course", "R1"),
                new Activity("7", "Renamed activity")).withEnrolledCount(30);
        assertEquals(ids.meetingId(a), new MeetingIds(KEY, "lms-").meetingId(a));
        assertEquals(ids.meetingId(a), ids.meetingId(b), "names and the size hint do not identify the meeting");
    }

    @Test
    void schemeIsStableAcrossReleases() {
        // Computed independently (Python hmac over the documented encoding). Changing this value orphans every
        // existing meeting: the scheme is part of the contract.
        assertEquals("lms-QBD2CNgTP8cklPgQ8rUeW7WNVVwisWHoAVNRkrksf-o",
                ids.meetingId(ctx("moodle.example.edu", "42", "7").inSection(new Section("3", "Group A"))));
    }

    @Test
    void urlSafeAndAtMost64Characters() {
        String id = ids.meetingId(ctx("t", "c", "a"));
        assertEquals(4 + MeetingIds.HASH_LENGTH, id.length());
        assertTrue(id.startsWith("lms-"));
        assertTrue(URL_SAFE.matcher(id).matches(), id);
        String longest = new MeetingIds(KEY, "x".repeat(MeetingIds.MAX_PREFIX_LENGTH)).meetingId(ctx("t", "c", "a"));
        assertEquals(64, longest.length());
    }

    @Test
    void noCollisionsOverTenThousandContexts() {
        Set<String> seen = new HashSet<>();
        for (int tenant = 0; tenant < 4; tenant++) {
            for (int course = 0; course < 25; course++) {
                for (int activity = 0; activity < 20; activity++) {
                    MeetingContext c = ctx("tenant-" + tenant, "course-" + course, "activity-" + activity);
                    for (int section = -1; section < 4; section++) {
                        MeetingContext withSection = section < 0 ? c : c.inSection(new Section("s" + section, "Group"));
                        String id = ids.meetingId(withSection);
                        assertTrue(id.length() <= 64 && URL_SAFE.matcher(id).matches(), id);
                        assertTrue(seen.add(id), () -> "collision for " + withSection);
                    }
                }
            }
        }
        assertEquals(10_000, seen.size());
    }

    @Test
    void fieldBoundariesAreUnambiguous() {
        assertNotEquals(ids.meetingId(ctx("a", "bc", "x")), ids.meetingId(ctx("ab", "c", "x")), "tenant|course");
        assertNotEquals(ids.meetingId(ctx("t", "a", "bc")), ids.meetingId(ctx("t", "ab", "c")), "course|activity");
        MeetingContext base = ctx("t", "c", "a");
        assertNotEquals(ids.meetingId(ctx("t", "c", "a").inSection(new Section("bc", "S"))),
                ids.meetingId(ctx("t", "c", "ab").inSection(new Section("c", "S"))), "activity|section");
        assertNotEquals(ids.meetingId(base), ids.meetingId(base.inSection(new Section("0", "S"))), "no section vs one");
        assertFalse(Arrays.equals(MeetingIds.encode(ctx("a", "bc", "x")), MeetingIds.encode(ctx("ab", "c", "x"))));
    }

    @Test
    void keyAndPrefixMatter() {
        MeetingContext c = ctx("t", "c", "a");
        assertNotEquals(ids.meetingId(c).substring(4),
                new MeetingIds(KEY + "-other", "lms-").meetingId(c).substring(4));
        assertEquals("room-" + ids.meetingId(c).substring(4), new MeetingIds(KEY, "room-").meetingId(c));
    }

    @Test
    void noLmsIdLeaksIntoTheMeetingId() {
        MeetingContext c = MeetingContext.of(Course.of("moodle.example.edu", "course98765", "Physics"),
                new Activity("activity4321", "Lecture")).inSection(new Section("group5555", "A"));
        String id = ids.meetingId(c).toLowerCase();
        for (String lmsId : new String[]{"moodle", "example", "course98765", "98765", "activity4321", "4321",
                "group5555", "5555", "physics", "lecture"}) {
            assertFalse(id.contains(lmsId), () -> lmsId + " leaked into " + id);
        }
        assertFalse(ids.toString().contains(KEY));
    }
}
