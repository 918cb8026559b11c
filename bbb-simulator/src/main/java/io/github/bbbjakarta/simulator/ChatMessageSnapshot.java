package io.github.bbbjakarta.simulator;

/**
 * A chat message a {@code sendChatMessage} call posted to a running meeting's public chat. Immutable and
 * thread-safe.
 *
 * @param meetingID external id of the meeting
 * @param userName  sender name shown in the chat ({@code userName} parameter, default {@code System})
 * @param message   the message text as received
 * @param time      when the simulator accepted it, epoch milliseconds of the simulator clock
 */
public record ChatMessageSnapshot(String meetingID, String userName, String message, long time) {
}
