package io.github.bbbjakarta.simulator.internal.calls;

import io.github.bbbjakarta.simulator.DocumentSnapshot;
import io.github.bbbjakarta.simulator.internal.http.Params;
import io.github.bbbjakarta.simulator.internal.http.SimRequest;
import io.github.bbbjakarta.simulator.internal.http.SimResponse;
import io.github.bbbjakarta.simulator.internal.state.Meeting;
import io.github.bbbjakarta.simulator.internal.state.MeetingRegistry;
import io.github.bbbjakarta.simulator.internal.wire.ApiCall;
import io.github.bbbjakarta.simulator.internal.wire.ApiParam;
import io.github.bbbjakarta.simulator.internal.wire.BbbMessage;
import io.github.bbbjakarta.simulator.internal.wire.Limits;
import io.github.bbbjakarta.simulator.internal.wire.Wire;
import io.github.bbbjakarta.simulator.internal.xml.PresentationModules;
import io.github.bbbjakarta.simulator.internal.xml.PresentationModules.DocumentElement;
import io.github.bbbjakarta.simulator.internal.xml.XmlOut;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code insertDocument} and {@code sendChatMessage} as bbb-web 3.0 handles them: what they change in a running
 * meeting's content. Thread-safe (state lives in the registry).
 */
public final class MeetingContentCalls {
    private static final Set<String> XML_TYPES = Set.of(Wire.APPLICATION_XML, Wire.TEXT_XML);

    private final ApiContext ctx;

    public MeetingContentCalls(ApiContext ctx) {
        this.ctx = ctx;
    }

    /**
     * {@code insertDocument} (POST): answers {@code insert-document.ftlx} (returncode and message, no messageKey).
     * An empty body on a meeting with presentations enabled renders nothing in bbb-web (no view exists for the
     * action): the simulator answers HTTP 404 without a body.
     */
    public ApiResult insertDocument(SimRequest req, Params raw) {
        Optional<Map.Entry<String, String>> v = ApiValidation.validate(ctx, ApiCall.INSERT_DOCUMENT.callName(), req,
                raw, (s, vs) -> {
                    Constraints.contentType(req, XML_TYPES, vs);
                    Constraints.meetingId(s.first(ApiParam.MEETING_ID), vs);
                });
        if (v.isPresent()) {
            return Responses.error(v.get().getKey(), v.get().getValue());
        }
        return locked(() -> {
            String meetingID = raw.first(ApiParam.MEETING_ID);
            Meeting m = ctx.registry().findMeetingFromMeetingID(meetingID);
            if (m == null) {
                return insertDocumentAnswer(Wire.FAILED, "Meeting with id [" + meetingID + "] not found.");
            }
            if (m.spec().disabledFeatures().contains(Wire.PRESENTATION_FEATURE)) {
                return insertDocumentAnswer(Wire.FAILED, Wire.INSERT_DOCUMENT_DISABLED);
            }
            byte[] body = req.body();
            if (body.length == 0) {
                return new ApiResult(SimResponse.empty(404), null, null);
            }
            Map<String, List<DocumentElement>> modules;
            try {
                modules = PresentationModules.parse(body); // malformed or DOCTYPE: exception, answered 500
            } catch (PresentationModules.TooDeep e) {
                return Responses.error(Limits.BODY_TOO_DEEP, e.getMessage());
            }
            List<DocumentElement> module = modules.get(Wire.PRESENTATION_FEATURE);
            List<DocumentSnapshot> docs = module == null ? List.of() : CreateCall.insertedDocuments(module);
            ctx.registry().insertDocuments(m, docs);
            return insertDocumentAnswer(Wire.SUCCESS, Wire.INSERT_DOCUMENT_UPLOADING);
        });
    }

    private static ApiResult insertDocumentAnswer(String returnCode, String message) {
        String xml = new XmlOut().open("response").element("returncode", returnCode).element("message", message)
                .close("response").render();
        return new ApiResult(SimResponse.xml(xml), returnCode, null);
    }

    /** {@code sendChatMessage} (GET): posts to the public chat of a running meeting. */
    public ApiResult sendChatMessage(SimRequest req, Params raw) {
        Optional<Map.Entry<String, String>> v = ApiValidation.validate(ctx, ApiCall.SEND_CHAT_MESSAGE.callName(),
                req, raw, (s, vs) -> {
                    Constraints.meetingId(s.first(ApiParam.MEETING_ID), vs);
                    String message = s.first(ApiParam.MESSAGE);
                    vs.addIf(message == null, BbbMessage.CHAT_MESSAGE_NULL);
                    vs.addIf(message != null && (message.length() < Wire.MIN_CHAT_MESSAGE_LENGTH
                            || message.length() > Wire.MAX_CHAT_MESSAGE_LENGTH), BbbMessage.CHAT_MESSAGE_SIZE);
                    String userName = s.first(ApiParam.USER_NAME);
                    vs.addIf(userName != null && userName.length() > Wire.MAX_CHAT_USER_NAME_LENGTH,
                            BbbMessage.CHAT_USER_NAME_SIZE);
                });
        if (v.isPresent()) {
            return Responses.error(v.get().getKey(), v.get().getValue());
        }
        return locked(() -> {
            Meeting m = ctx.registry().findMeetingFromMeetingID(raw.first(ApiParam.MEETING_ID));
            if (m == null || !m.running()) {
                return Responses.error(BbbMessage.CHAT_MEETING_NOT_FOUND);
            }
            String userName = raw.first(ApiParam.USER_NAME);
            ctx.registry().postChatMessage(m, Params.isEmpty(userName) ? Wire.DEFAULT_CHAT_USER_NAME : userName,
                    raw.first(ApiParam.MESSAGE));
            String xml = new XmlOut().open("response").element("returncode", Wire.SUCCESS)
                    .element("messageKey", "").element("message", "").close("response").render();
            return new ApiResult(SimResponse.xml(xml), Wire.SUCCESS, null);
        });
    }

    private ApiResult locked(Supplier<ApiResult> action) {
        MeetingRegistry registry = ctx.registry();
        return registry.atomically(() -> {
            registry.tick();
            return action.get();
        });
    }
}
