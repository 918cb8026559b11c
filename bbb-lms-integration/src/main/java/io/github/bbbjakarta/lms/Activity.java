package io.github.bbbjakarta.lms;

import io.github.bbbjakarta.lms.internal.Require;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The conferencing activity inside a course (Moodle's BigBlueButton activity, a Sakai meeting tool entry, an
 * LTI resource link). Immutable; the optional parts are set with the {@code with…} methods.
 *
 * @param id          the activity's LMS ID, unique within the course
 * @param name        its name as students see it; names the meeting and the recording
 * @param description its description (sent as {@code bbb-recording-description}, shown in the welcome message);
 *                    empty for none
 * @param tags        tags of the activity (sent comma-separated as {@code bbb-recording-tags}); no blanks, no commas
 * @param ownerId     the LMS user ID of the activity's owner (its creator, or the course owner), who always
 *                    moderates; empty for none
 * @param recorded    whether the meeting is recorded: create's {@code record=true} and a recording notice in the
 *                    welcome message
 * @param roleRules   who moderates; {@code null} for the {@code bbb.lms.*} defaults
 */
public record Activity(String id, String name, String description, List<String> tags, String ownerId,
                       boolean recorded, RoleRules roleRules) {
    /**
     * @throws IllegalArgumentException if id or name is null or blank, or a tag is blank or holds a comma
     */
    public Activity {
        Require.nonBlank("activity id", id);
        Require.nonBlank("activity name", name);
        description = description == null ? "" : description.strip();
        tags = List.copyOf(tags == null ? List.of() : tags);
        for (String tag : tags) {
            if (tag == null || tag.isBlank() || tag.contains(",")) {
                throw new IllegalArgumentException("activity tag must not be blank or hold a comma: " + tag);
            }
        }
        ownerId = ownerId == null ? "" : ownerId.strip();
    }

    /** An activity with a name only: not recorded, no owner, the default role rules. */
    public Activity(String id, String name) {
        this(id, name, "", List.of(), "", false, null);
    }

    /** This activity with a description. */
    public Activity withDescription(String value) {
        return new Activity(id, name, value, tags, ownerId, recorded, roleRules);
    }

    /** This activity with tags. */
    public Activity withTags(String... values) {
        return new Activity(id, name, description, Arrays.asList(values), ownerId, recorded, roleRules);
    }

    /**
     * This activity with its owner, who always joins as MODERATOR.
     *
     * @throws IllegalArgumentException if blank
     */
    public Activity withOwner(String lmsUserId) {
        return new Activity(id, name, description, tags, Require.nonBlank("owner id", lmsUserId), recorded, roleRules);
    }

    /** This activity recorded or not. */
    public Activity withRecorded(boolean value) {
        return new Activity(id, name, description, tags, ownerId, value, roleRules);
    }

    /** This activity with its own role rules, which replace the {@code bbb.lms.*} defaults. */
    public Activity withRoleRules(RoleRules value) {
        return new Activity(id, name, description, tags, ownerId, recorded, Objects.requireNonNull(value, "role rules"));
    }

    /** The owner's LMS user ID, if any. */
    public Optional<String> owner() {
        return ownerId.isEmpty() ? Optional.empty() : Optional.of(ownerId);
    }

    /** The activity's own role rules, if any. */
    public Optional<RoleRules> ownRoleRules() {
        return Optional.ofNullable(roleRules);
    }
}
