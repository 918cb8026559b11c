package io.github.bbbjakarta.lms.internal;

import io.github.bbbjakarta.lms.Activity;
import io.github.bbbjakarta.lms.Course;
import io.github.bbbjakarta.lms.MeetingContext;
import io.github.bbbjakarta.lms.Section;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseMeetingsTest {
    private static final Course COURSE = Course.of("t", "c", "Physics 101");

    @Test
    void activityNameWithSection() {
        MeetingContext c = MeetingContext.of(COURSE, new Activity("a", " Weekly lecture "));
        assertEquals("Weekly lecture", CourseMeetings.name(c));
        assertEquals("Weekly lecture (Group A)", CourseMeetings.name(c.inSection(new Section("s", "Group A"))));
    }

    @Test
    void tooShortNamesGetTheCourseTitle() {
        assertEquals("Physics 101: X", CourseMeetings.name(MeetingContext.of(COURSE, new Activity("a", "X"))));
    }

    @Test
    void tooLongNamesAreCutWithinBbbsLimit() {
        String name = CourseMeetings.name(MeetingContext.of(COURSE, new Activity("a", "n".repeat(300))));
        assertEquals(256, name.length());
        assertTrue(name.endsWith("…"));
        String emoji = CourseMeetings.name(MeetingContext.of(COURSE, new Activity("a", "n".repeat(253) + "😀😀")));
        assertTrue(emoji.length() <= 256);
        assertFalse(Character.isHighSurrogate(emoji.charAt(emoji.length() - 2)), "no split surrogate pair");
    }
}
