package io.github.bbbjakarta.api.internal.meetings;

import io.github.bbbjakarta.api.internal.HttpTransport.Answer;
import io.github.bbbjakarta.api.internal.Wire.Element;
import io.github.bbbjakarta.api.internal.xml.ResponseXml;

import static io.github.bbbjakarta.api.internal.xml.Answers.bool;
import static io.github.bbbjakarta.api.internal.xml.Answers.required;
import static io.github.bbbjakarta.api.internal.xml.Answers.success;

/** isMeetingRunning's and end's answers. */
public final class RunningMapper {
    private RunningMapper() {
    }

    /** isMeetingRunning's answer; {@code running} is required. */
    public static Boolean running(String call, Answer answer) {
        RunningXml x = success(call, answer, RunningXml.class);
        return bool(required(call, Element.RUNNING, x.running));
    }

    /** end's answer: nothing to return but success. */
    public static Void end(String call, Answer answer) {
        success(call, answer, ResponseXml.class);
        return null;
    }
}
