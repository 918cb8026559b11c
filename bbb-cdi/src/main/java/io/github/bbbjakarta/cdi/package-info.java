/**
 * CDI integration of the BigBlueButton client: inject {@link io.github.bbbjakarta.cdi.MeetingService} (or the
 * shared {@link io.github.bbbjakarta.api.BigBlueButtonClient}) into a Jakarta EE application configured through
 * MicroProfile Config under the prefix {@code bbb.} ({@code bbb.url}, {@code bbb.secret}, {@code bbb.checksum},
 * {@code bbb.connect-timeout}, {@code bbb.read-timeout}; see {@link io.github.bbbjakarta.cdi.MeetingService}).
 *
 * <p>Misconfiguration fails the deployment ({@link io.github.bbbjakarta.cdi.BbbConfigurationException}); a
 * MicroProfile Health readiness check named {@code bbb} reports whether the server answers and accepts the
 * secret; {@link io.github.bbbjakarta.cdi.MeetingCreated} and {@link io.github.bbbjakarta.cdi.MeetingEnded} are
 * fired as CDI events.
 *
 * <p>{@link io.github.bbbjakarta.cdi.BbbCallbackResource} receives BBB's callbacks (recording ready, end callback,
 * webhooks; {@code bbb.callback-url}) and fires {@link io.github.bbbjakarta.cdi.RecordingReady},
 * {@link io.github.bbbjakarta.cdi.MeetingEnded}, {@link io.github.bbbjakarta.cdi.UserJoined},
 * {@link io.github.bbbjakarta.cdi.UserLeft}, {@link io.github.bbbjakarta.cdi.RecordingStatusChanged} and
 * {@link io.github.bbbjakarta.cdi.WebhookReceived}, once per callback.
 */
package io.github.bbbjakarta.cdi;
