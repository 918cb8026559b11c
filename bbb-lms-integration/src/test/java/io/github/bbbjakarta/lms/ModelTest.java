package io.github.bbbjakarta.lms;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModelTest {
    private static final Course COURSE = Course.of("t", "c", "Physics");
    private static final Activity ACTIVITY = new Activity("a", "Lecture");

    @Test
    void requiredValuesAreChecked() {
        assertEquals("tenant is required (not null, not blank)",
                assertThrows(IllegalArgumentException.class, () -> Course.of(" ", "c", "T")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Course.of("t", null, "T"));
        assertThrows(IllegalArgumentException.class, () -> new Activity("a", ""));
        assertThrows(IllegalArgumentException.class, () -> new Section("", "S"));
        assertThrows(IllegalArgumentException.class, () -> LmsUser.of("u", " "));
        assertThrows(IllegalArgumentException.class, () -> MeetingContext.of(COURSE, ACTIVITY).withEnrolledCount(-1));
        assertThrows(NullPointerException.class, () -> MeetingContext.of(null, ACTIVITY));
    }

    @Test
    void optionalPartsAndDefaults() {
        assertEquals("", new Course("t", "c", "T", null).shortName());
        assertEquals("PHY", COURSE.withShortName(" PHY ").shortName());
        assertEquals(Set.of("Instructor"), LmsUser.of("u", "U", "Instructor", "Instructor").roles());
        assertEquals(Set.of(), new LmsUser("u", "U", null).roles());
        MeetingContext c = MeetingContext.of(COURSE, ACTIVITY);
        assertEquals(Optional.empty(), c.section());
        assertEquals(OptionalInt.empty(), c.enrolledCount());
        assertEquals(OptionalInt.of(0), c.withEnrolledCount(0).enrolledCount());
    }

    @Test
    void contextsAreValues() {
        MeetingContext a = MeetingContext.of(COURSE, ACTIVITY).inSection(new Section("s", "S"));
        MeetingContext b = MeetingContext.of(Course.of("t", "c", "Physics"), new Activity("a", "Lecture"))
                .inSection(new Section("s", "S"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, MeetingContext.of(COURSE, ACTIVITY));
        assertEquals("MeetingContext[Course[tenant=t, id=c, title=Physics, shortName=], Activity[id=a, name=Lecture,"
                + " description=, tags=[], ownerId=, recorded=false, roleRules=null], Section[id=s, name=S, members=[]]]",
                a.toString());
    }

    @Test
    void breakoutSectionsBelongToTheCourseMeeting() {
        Section a = new Section("a", "A").withMembers("u1", "u2", "u1");
        assertEquals(java.util.List.of("u1", "u2"), a.members(), "duplicates dropped, order kept");
        MeetingContext course = MeetingContext.of(COURSE, ACTIVITY);
        MeetingContext withRooms = course.withBreakoutSections(java.util.List.of(a, new Section("b", "B")));
        assertNotEquals(course, withRooms);
        assertEquals(Set.of("a"), withRooms.sectionIdsOf(LmsUser.of("u2", "U")));
        assertEquals(Set.of("x", "a"), withRooms.sectionIdsOf(LmsUser.of("u1", "U").inSections("x")));
        assertThrows(IllegalArgumentException.class,
                () -> course.withBreakoutSections(java.util.List.of(a, new Section("a", "Again"))));
        assertThrows(IllegalStateException.class, () -> withRooms.inSection(a));
        assertThrows(IllegalStateException.class, () -> course.inSection(a).withBreakoutSections(java.util.List.of(a)));
        assertThrows(IllegalArgumentException.class, () -> new Section("a", "A").withMembers("u1", " "));
    }

    @Test
    void activityOptions() {
        Activity a = ACTIVITY.withDescription("  Weekly  ").withTags("x", "y").withOwner("u9").withRecorded(true);
        assertEquals("Weekly", a.description());
        assertEquals(java.util.List.of("x", "y"), a.tags());
        assertEquals(Optional.of("u9"), a.owner());
        assertEquals(true, a.recorded());
        assertEquals(Optional.empty(), a.ownRoleRules());
        assertEquals(Optional.empty(), ACTIVITY.owner());
        assertThrows(IllegalArgumentException.class, () -> ACTIVITY.withTags("a,b"));
        assertThrows(IllegalArgumentException.class, () -> ACTIVITY.withOwner(" "));
    }
}
