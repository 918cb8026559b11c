package io.github.bbbjakarta.api.callbacks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A verified bbb-webhooks POST: {@code domain=…&event=[…]&timestamp=…}. Immutable.
 *
 * @param domain    the BBB server's domain as bbb-webhooks names it ({@code ""} if absent)
 * @param timestamp when bbb-webhooks first tried this delivery (the same on retries), if given
 * @param events    the events, in order (bbb-webhooks sends one per POST)
 */
public record WebhookDelivery(String domain, Optional<Instant> timestamp, List<WebhookEvent> events) {
    /** Copies {@code events}. */
    public WebhookDelivery {
        events = List.copyOf(events);
    }
}
