package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.Hook;
import io.github.bbbjakarta.api.HookCreated;
import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.hooks.HookMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static io.github.bbbjakarta.api.internal.Fixtures.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bbb-webhooks' answers as bbb-api-reference.md §2.14 shows them, read by the hooks mapper directly (no HTTP),
 * every field asserted (the answer types compare all their values).
 */
class HookFixtureTest {
    private static final String HOOK_ID = "5f7fd8c4-6a8e-4a62-9ab1-3b2f0d0c9e11";

    @Test
    void create() {
        HookCreated r = HookMapper.create("hooks/create", ok("hooks/create.xml"));
        assertEquals(HookCreated.builder().hookID(HOOK_ID).permanentHook(false).rawData(false).build(), r);
        assertFalse(r.isDuplicate());
    }

    @Test
    void createForACallbackUrlWithAHookIsADuplicateNotAnError() {
        HookCreated r = HookMapper.create("hooks/create", ok("hooks/create-duplicate.xml"));
        assertEquals(HookCreated.builder().hookID(HOOK_ID).messageKey("duplicateWarning")
                .message("There is already a hook for this callback URL.").build(), r);
        assertTrue(r.isDuplicate());
    }

    @Test
    void olderWebhooksNumberTheirHooks() {
        assertEquals(HookCreated.builder().hookID("7").rawData(true).build(),
                HookMapper.create("hooks/create", ok("hooks/create-numeric-id.xml")));
    }

    @Test
    void listEmpty() {
        assertEquals(List.of(), HookMapper.list("hooks/list", ok("hooks/list-empty.xml")));
        assertEquals(List.of(), HookMapper.list("hooks/list",
                answer("<response><returncode>SUCCESS</returncode></response>")));
    }

    @Test
    void listWithGlobalPerMeetingAndPermanentHooks() {
        List<Hook> hooks = HookMapper.list("hooks/list", ok("hooks/list.xml"));
        assertEquals(List.of(
                Hook.builder().hookID(HOOK_ID).callbackURL("https://lms.example.org/bbb/events?course=42&key=a").build(),
                Hook.builder().hookID("0b4f5c2e-3d1a-4e8f-9c7b-6a5d4e3f2a10").callbackURL("https://lms.example.org/bbb/lecture")
                        .meetingID("course-42-lecture").eventIDs(List.of("meeting-ended", "user-joined"))
                        .rawData(true).build(),
                Hook.builder().hookID("9a3c1f0e-52b7-5d4e-8f6a-1c2b3d4e5f60").callbackURL("https://analytics.example.org/bbb")
                        .permanentHook(true).build()), hooks);
        assertTrue(hooks.get(0).isGlobal());
        assertTrue(hooks.get(0).meetingID().isEmpty());
        assertEquals("course-42-lecture", hooks.get(1).meetingID().orElseThrow());
        assertFalse(hooks.get(1).isGlobal());
    }

    @Test
    void aHookWithoutIdOrCallbackUrlIsNotAnAnswer() {
        for (String hook : List.of("<hook><callbackURL>https://x.example/</callbackURL></hook>",
                "<hook><hookID>1</hookID></hook>", "<hook/>")) {
            assertThrows(BbbTransportException.class, () -> HookMapper.list("hooks/list",
                    answer("<response><returncode>SUCCESS</returncode><hooks>" + hook + "</hooks></response>")), hook);
        }
    }

    @Test
    void destroy() {
        assertNull(HookMapper.destroy("hooks/destroy", ok("hooks/destroy.xml")));
    }

    @Test
    void destroyWithoutRemovedTrueIsNotAConfirmation() {
        for (String body : List.of("<response><returncode>SUCCESS</returncode></response>",
                "<response><returncode>SUCCESS</returncode><removed>false</removed></response>")) {
            assertThrows(BbbTransportException.class, () -> HookMapper.destroy("hooks/destroy", answer(body)), body);
        }
    }

    @Test
    void everyFailureIsAnApiExceptionWithWebhooksKey() {
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("hooks/create-failed-missing-callback-url.xml",
                new String[]{"hooks/create", "missingParamCallbackURL", "You must specify a callbackURL in the parameters."});
        cases.put("hooks/create-failed-error.xml",
                new String[]{"hooks/create", "createHookError", "An error happened while creating your hook. Check the logs."});
        cases.put("hooks/create-failed-checksum.xml",
                new String[]{"hooks/create", "checksumError", "You did not pass the checksum security check."});
        cases.put("hooks/list-failed-error.xml", new String[]{"hooks/list", "listHookError",
                "An error happened while listing registered hooks. Check the logs."});
        cases.put("hooks/destroy-failed-missing-hook.xml",
                new String[]{"hooks/destroy", "destroyMissingHook", "The hook informed was not found."});
        cases.put("hooks/destroy-failed-missing-hook-id.xml",
                new String[]{"hooks/destroy", "missingParamHookID", "You must specify a hookID in the parameters."});
        cases.put("hooks/destroy-failed-error.xml", new String[]{"hooks/destroy", "destroyHookError",
                "An error happened while removing your hook. Check the logs."});
        Map<String, BiFunction<String, Answer, ?>> mappers = Map.of("hooks/create", HookMapper::create,
                "hooks/list", HookMapper::list, "hooks/destroy", HookMapper::destroy);
        cases.forEach((fixture, expected) -> {
            for (Map.Entry<String, BiFunction<String, Answer, ?>> m : mappers.entrySet()) {
                BbbApiException e = assertThrows(BbbApiException.class, () -> m.getValue().apply(m.getKey(), ok(fixture)),
                        m.getKey() + " " + fixture);
                assertEquals(m.getKey(), e.call());
                assertEquals(expected[1], e.messageKey(), fixture);
                assertEquals(expected[2], e.serverMessage(), fixture);
            }
        });
        assertTrue(assertThrows(BbbApiException.class,
                () -> HookMapper.create("hooks/create", ok("hooks/create-failed-checksum.xml"))).isChecksumError());
    }

    private static Answer answer(String body) {
        return new Answer(200, null, body.getBytes(StandardCharsets.UTF_8));
    }
}
