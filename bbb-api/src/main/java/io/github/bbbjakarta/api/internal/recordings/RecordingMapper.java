package io.github.bbbjakarta.api.internal.recordings;

import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.PlaybackFormat;
import io.github.bbbjakarta.api.PreviewImage;
import io.github.bbbjakarta.api.Recording;
import io.github.bbbjakarta.api.RecordingState;
import io.github.bbbjakarta.api.RecordingsPage;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.Wire.Element;
import io.github.bbbjakarta.api.internal.Wire.Recordings;
import io.github.bbbjakarta.api.internal.xml.FlatMapXml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static io.github.bbbjakarta.api.internal.xml.Answers.HTTP_OK;
import static io.github.bbbjakarta.api.internal.xml.Answers.bool;
import static io.github.bbbjakarta.api.internal.xml.Answers.integer;
import static io.github.bbbjakarta.api.internal.xml.Answers.number;
import static io.github.bbbjakarta.api.internal.xml.Answers.optional;
import static io.github.bbbjakarta.api.internal.xml.Answers.required;
import static io.github.bbbjakarta.api.internal.xml.Answers.success;
import static io.github.bbbjakarta.api.internal.xml.Answers.successEach;
import static io.github.bbbjakarta.api.internal.xml.Answers.text;

/** The recording calls' answers as {@link RecordingsPage}s, {@link Recording}s and confirmed changes. */
public final class RecordingMapper {
    private static final Map<String, Class<?>> PAGING = Map.of(Recordings.PAGINATION, PagingXml.class,
            Recordings.TOTAL_ELEMENTS, PagingXml.TextXml.class);

    private RecordingMapper() {
    }

    /** getRecordings' answer without a known page (offset 0, limit 0 unless the server echoed them). */
    public static RecordingsPage page(String call, Answer answer) {
        return page(call, answer, 0, 0);
    }

    /**
     * getRecordings' answer, read one {@code <recording>} at a time; both {@code noRecordings} answers are an
     * empty page. A bare {@code <totalElements>} gets the requested offset and limit.
     */
    public static RecordingsPage page(String call, Answer answer, int requestedOffset, int requestedLimit) {
        List<Recording> out = new ArrayList<>();
        RecordingsPage.Paging paging = each(call, answer, requestedOffset, requestedLimit, out::add);
        return RecordingsPage.of(out, paging);
    }

    /**
     * getRecordings' recordings handed to {@code action} as they are read (the whole answer is never bound at
     * once); returns the paging information or {@code null}.
     */
    public static RecordingsPage.Paging each(String call, Answer answer, int requestedOffset, int requestedLimit,
                                             Consumer<Recording> action) {
        Object[] paging = new Object[2];
        BbbTransportException[] incomplete = new BbbTransportException[1];
        successEach(call, answer, Recordings.RECORDINGS, Recordings.RECORDING, RecordingXml.class, r -> {
            if (incomplete[0] == null) {
                Recording recording;
                try {
                    recording = recording(call, r);
                } catch (BbbTransportException e) {
                    // kept for after the read: thrown from inside the parser it would lose its message
                    incomplete[0] = e;
                    return;
                }
                action.accept(recording);
            }
        }, PAGING, (name, value) -> {
            if (Recordings.PAGINATION.equals(name)) {
                paging[0] = value;
            } else {
                paging[1] = value;
            }
        });
        if (incomplete[0] != null) {
            throw incomplete[0];
        }
        return paging(call, (PagingXml) paging[0], (PagingXml.TextXml) paging[1], requestedOffset, requestedLimit);
    }

    private static RecordingsPage.Paging paging(String call, PagingXml pagination, PagingXml.TextXml bare,
                                                int requestedOffset, int requestedLimit) {
        if (pagination != null) {
            int offset = requestedOffset;
            int limit = requestedLimit;
            if (pagination.pageable != null) {
                if (optional(pagination.pageable.offset) != null) {
                    offset = integer(call, Recordings.OFFSET, pagination.pageable.offset);
                }
                if (optional(pagination.pageable.limit) != null) {
                    limit = integer(call, Recordings.LIMIT, pagination.pageable.limit);
                }
            }
            String total = optional(pagination.totalElements);
            if (total == null && bare != null) {
                total = optional(bare.value);
            }
            return RecordingsPage.Paging.of(offset, limit,
                    number(call, Recordings.TOTAL_ELEMENTS, required(call, Recordings.TOTAL_ELEMENTS, total)));
        }
        if (bare != null) {
            return RecordingsPage.Paging.of(requestedOffset, requestedLimit,
                    number(call, Recordings.TOTAL_ELEMENTS, required(call, Recordings.TOTAL_ELEMENTS, bare.value)));
        }
        return null;
    }

    /** publishRecordings' answer: a success only with {@code <published>}; returns its value. */
    public static Boolean published(String call, Answer answer) {
        RecordingsChangedXml x = success(call, answer, RecordingsChangedXml.class);
        return bool(required(call, Recordings.PUBLISHED, x.published));
    }

    /** deleteRecordings' answer: a success only with {@code <deleted>true</deleted>}. */
    public static Void deleted(String call, Answer answer) {
        RecordingsChangedXml x = success(call, answer, RecordingsChangedXml.class);
        confirmed(call, Recordings.DELETED, x.deleted);
        return null;
    }

    /** updateRecordings' answer: a success only with {@code <updated>true</updated>}. */
    public static Void updated(String call, Answer answer) {
        RecordingsChangedXml x = success(call, answer, RecordingsChangedXml.class);
        confirmed(call, Recordings.UPDATED, x.updated);
        return null;
    }

    private static void confirmed(String call, String element, String value) {
        if (!bool(required(call, element, value))) {
            throw new BbbTransportException(call, "incomplete BBB answer: <" + element + "> is not true", HTTP_OK,
                    null);
        }
    }

    private static Recording recording(String call, RecordingXml x) {
        String protectedText = optional(x.protectedFlag);
        Recording.Builder b = Recording.builder()
                .recordID(required(call, Recordings.RECORD_ID, x.recordID))
                .meetingID(text(x.meetingID))
                .internalMeetingID(text(x.internalMeetingID))
                .name(text(x.name))
                .isBreakout(bool(x.isBreakout))
                .published(bool(x.published))
                .state(RecordingState.fromWire(x.state))
                .stateName(text(x.state))
                .startTime(number(call, Element.START_TIME, x.startTime))
                .endTime(number(call, Element.END_TIME, x.endTime))
                .participants(integer(call, Recordings.PARTICIPANTS, x.participants))
                .rawSize(number(call, Recordings.RAW_SIZE, x.rawSize))
                .size(number(call, Recordings.SIZE, x.size))
                .metadata(entries(x.metadata))
                .breakoutRooms(x.breakoutRooms == null ? List.of()
                        : x.breakoutRooms.stream().map(s -> optional(s)).filter(s -> s != null).toList())
                .protect(protectedText == null ? null : bool(protectedText))
                .playbackFormats(x.formats == null ? List.of()
                        : x.formats.stream().filter(f -> f != null).map(f -> format(call, f)).toList());
        if (x.breakout != null) {
            b.parentMeetingID(optional(x.breakout.parentId))
                    .sequence(integer(call, Element.SEQUENCE, x.breakout.sequence))
                    .freeJoin(bool(x.breakout.freeJoin));
        }
        return b.build();
    }

    private static PlaybackFormat format(String call, RecordingXml.FormatXml f) {
        List<PreviewImage> images = f.preview == null || f.preview.images == null ? List.of()
                : f.preview.images.stream().filter(i -> i != null).map(i -> PreviewImage.of(text(i.url),
                        integer(call, Recordings.WIDTH, i.width), integer(call, Recordings.HEIGHT, i.height),
                        text(i.alt))).toList();
        return PlaybackFormat.builder()
                .type(text(f.type))
                .url(text(f.url))
                .processingTime(number(call, Recordings.PROCESSING_TIME, f.processingTime))
                .length(integer(call, Recordings.LENGTH, f.length))
                .size(number(call, Recordings.SIZE, f.size))
                .previewImages(images)
                .build();
    }

    private static Map<String, String> entries(FlatMapXml xml) {
        return xml == null ? Map.of() : xml.toMap();
    }
}
