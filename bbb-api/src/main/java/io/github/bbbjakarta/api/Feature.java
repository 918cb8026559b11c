package io.github.bbbjakarta.api;

/**
 * A client feature that create's {@code disabledFeatures} can switch off (BBB 2.5+) and
 * {@code disabledFeaturesExclude} can switch back on (2.6.9+). For a feature newer than this library use
 * {@code param("disabledFeatures", ...)}.
 */
public enum Feature {
    BREAKOUT_ROOMS("breakoutRooms"),
    CAPTIONS("captions"),
    CHAT("chat"),
    PRIVATE_CHAT("privateChat"),
    DOWNLOAD_PRESENTATION_WITH_ANNOTATIONS("downloadPresentationWithAnnotations"),
    DOWNLOAD_PRESENTATION_CONVERTED_TO_PDF("downloadPresentationConvertedToPdf"),
    DOWNLOAD_PRESENTATION_ORIGINAL_FILE("downloadPresentationOriginalFile"),
    SNAPSHOT_OF_CURRENT_SLIDE("snapshotOfCurrentSlide"),
    EXTERNAL_VIDEOS("externalVideos"),
    IMPORT_PRESENTATION_WITH_ANNOTATIONS_FROM_BREAKOUT_ROOMS("importPresentationWithAnnotationsFromBreakoutRooms"),
    IMPORT_SHARED_NOTES_FROM_BREAKOUT_ROOMS("importSharedNotesFromBreakoutRooms"),
    LAYOUTS("layouts"),
    LEARNING_DASHBOARD("learningDashboard"),
    LEARNING_DASHBOARD_DOWNLOAD_SESSION_DATA("learningDashboardDownloadSessionData"),
    POLLS("polls"),
    SCREENSHARE("screenshare"),
    SHARED_NOTES("sharedNotes"),
    VIRTUAL_BACKGROUNDS("virtualBackgrounds"),
    CUSTOM_VIRTUAL_BACKGROUNDS("customVirtualBackgrounds"),
    LIVE_TRANSCRIPTION("liveTranscription"),
    PRESENTATION("presentation"),
    CAMERA_AS_CONTENT("cameraAsContent"),
    TIMER("timer"),
    INFINITE_WHITEBOARD("infiniteWhiteboard");

    private final String wireName;

    Feature(String wireName) {
        this.wireName = wireName;
    }

    /** The name BBB expects in the comma-separated list, e.g. {@code learningDashboard}. */
    public String wireName() {
        return wireName;
    }
}
