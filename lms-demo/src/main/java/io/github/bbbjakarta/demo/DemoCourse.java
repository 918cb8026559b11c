package io.github.bbbjakarta.demo;

import io.github.bbbjakarta.lms.Course;
import io.github.bbbjakarta.lms.Section;

import java.util.List;
import java.util.Optional;

/**
 * A course of the demo LMS: what a real LMS keeps in its course, group and activity tables.
 *
 * @param course     the course as bbb-lms-integration sees it (tenant, id, title, short name)
 * @param sections   its sections (groups), each with its members' LMS user IDs
 * @param activities its conferencing activities, in page order
 */
record DemoCourse(Course course, List<Section> sections, List<DemoActivity> activities) {
    DemoCourse {
        sections = List.copyOf(sections);
        activities = List.copyOf(activities);
    }

    String id() {
        return course.id();
    }

    Optional<DemoActivity> activity(String id) {
        return activities.stream().filter(a -> a.activity().id().equals(id)).findFirst();
    }
}
