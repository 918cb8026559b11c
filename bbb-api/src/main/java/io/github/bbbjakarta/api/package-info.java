/**
 * BigBlueButton API client: {@link io.github.bbbjakarta.api.BigBlueButtonClient} signs each call with the shared
 * secret, sends it over HTTP and returns immutable, typed answers; requests are built with builders
 * ({@link io.github.bbbjakarta.api.CreateMeetingRequest}, {@link io.github.bbbjakarta.api.JoinMeetingRequest}).
 * Every failure is a {@link io.github.bbbjakarta.api.BbbException}; no message, log line or {@code toString()}
 * holds the secret or a checksum. With {@code io.github.bbbjakarta.api.callbacks} (verifying what BBB sends to the
 * LMS), the public API of {@code io.github.bbbjakarta.api}; the {@code internal} packages are not.
 */
package io.github.bbbjakarta.api;
