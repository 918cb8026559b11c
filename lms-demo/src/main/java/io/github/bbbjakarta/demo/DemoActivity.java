package io.github.bbbjakarta.demo;

import io.github.bbbjakarta.lms.Activity;
import io.github.bbbjakarta.lms.JoinSettings;

/**
 * A conferencing activity of the demo LMS with the settings a teacher chose for it.
 *
 * @param activity         the activity as bbb-lms-integration sees it (name, owner, recorded, role rules)
 * @param settings         how joining works: schedule, waiting for the moderator, guest policy
 * @param breakoutSections whether the course's sections become pre-assigned breakout rooms of its meeting
 */
record DemoActivity(Activity activity, JoinSettings settings, boolean breakoutSections) {
}
