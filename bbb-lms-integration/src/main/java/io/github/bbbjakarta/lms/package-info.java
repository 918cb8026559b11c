/**
 * LMS courses, activities and sections onto BigBlueButton meetings: inject
 * {@link io.github.bbbjakarta.lms.CourseMeetingService}, describe where the meeting lives with a
 * {@link io.github.bbbjakarta.lms.MeetingContext} ({@link io.github.bbbjakarta.lms.Course},
 * {@link io.github.bbbjakarta.lms.Activity}, optional {@link io.github.bbbjakarta.lms.Section}) and who joins
 * with an {@link io.github.bbbjakarta.lms.LmsUser}. Configured under {@code bbb.lms.} (see
 * {@link io.github.bbbjakarta.lms.CourseMeetingService}); builds on bbb-cdi's {@code bbb.url} and
 * {@code bbb.secret}.
 */
package io.github.bbbjakarta.lms;
