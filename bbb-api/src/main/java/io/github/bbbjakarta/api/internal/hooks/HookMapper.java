package io.github.bbbjakarta.api.internal.hooks;

import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.Hook;
import io.github.bbbjakarta.api.HookCreated;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.Wire.Webhooks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.github.bbbjakarta.api.internal.xml.Answers.HTTP_OK;
import static io.github.bbbjakarta.api.internal.xml.Answers.bool;
import static io.github.bbbjakarta.api.internal.xml.Answers.optional;
import static io.github.bbbjakarta.api.internal.xml.Answers.required;
import static io.github.bbbjakarta.api.internal.xml.Answers.success;
import static io.github.bbbjakarta.api.internal.xml.Answers.successEach;
import static io.github.bbbjakarta.api.internal.xml.Answers.text;

/** bbb-webhooks' answers as {@link HookCreated}, {@link Hook}s and a confirmed destroy. */
public final class HookMapper {
    private HookMapper() {
    }

    /** hooks/create's answer, a duplicate included; hookID is required. */
    public static HookCreated create(String call, Answer answer) {
        HookCreatedXml x = success(call, answer, HookCreatedXml.class);
        return HookCreated.builder()
                .hookID(required(call, Webhooks.HOOK_ID, x.hookID))
                .permanentHook(bool(x.permanentHook))
                .rawData(bool(x.rawData))
                .messageKey(text(x.messageKey))
                .message(text(x.message))
                .build();
    }

    /** hooks/list's answer, read one {@code <hook>} at a time; each needs hookID and callbackURL. */
    public static List<Hook> list(String call, Answer answer) {
        List<Hook> out = new ArrayList<>();
        successEach(call, answer, Webhooks.HOOKS, Webhooks.HOOK, HookXml.class, h -> out.add(hook(call, h)));
        return List.copyOf(out);
    }

    /** hooks/destroy's answer: a success only with {@code <removed>true</removed>}. */
    public static Void destroy(String call, Answer answer) {
        HookRemovedXml x = success(call, answer, HookRemovedXml.class);
        if (!bool(required(call, Webhooks.REMOVED, x.removed))) {
            throw new BbbTransportException(call, "incomplete BBB answer: <" + Webhooks.REMOVED + "> is not true",
                    HTTP_OK, null);
        }
        return null;
    }

    private static Hook hook(String call, HookXml x) {
        if (x == null) {
            throw new BbbTransportException(call, "incomplete BBB answer: an empty <" + Webhooks.HOOK + ">", HTTP_OK, null);
        }
        String events = optional(x.eventID);
        List<String> eventIDs = events == null ? List.of()
                : Arrays.stream(events.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return Hook.builder()
                .hookID(required(call, Webhooks.HOOK_ID, x.hookID))
                .callbackURL(required(call, Webhooks.CALLBACK_URL, x.callbackURL))
                .meetingID(optional(x.meetingID))
                .eventIDs(eventIDs)
                .permanentHook(bool(x.permanentHook))
                .rawData(bool(x.rawData))
                .build();
    }
}
