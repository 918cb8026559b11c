package io.github.bbbjakarta.api;

/**
 * create's {@code meetingLayout} and join's {@code enforceLayout}. The last four exist from BBB 3.0 on;
 * for a layout newer than this library use {@code param("meetingLayout", ...)}.
 */
public enum MeetingLayout {
    CUSTOM_LAYOUT,
    SMART_LAYOUT,
    PRESENTATION_FOCUS,
    VIDEO_FOCUS,
    CAMERAS_ONLY,
    PRESENTATION_ONLY,
    PARTICIPANTS_AND_CHAT_ONLY,
    MEDIA_ONLY
}
