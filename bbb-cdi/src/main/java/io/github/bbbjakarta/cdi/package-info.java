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
 */
package io.github.bbbjakarta.cdi;
