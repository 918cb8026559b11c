/**
 * BigBlueButton API client: {@link io.github.bbbjakarta.api.BigBlueButtonClient} signs each call with the shared
 * secret, sends it over HTTP and returns immutable, typed answers; requests are built with builders
 * ({@link io.github.bbbjakarta.api.CreateMeetingRequest}, {@link io.github.bbbjakarta.api.JoinMeetingRequest}).
 * Every failure is a {@link io.github.bbbjakarta.api.BbbException}: {@code BbbApiException} (the server said
 * {@code FAILED}), {@code BbbTransportException} (no usable answer), {@code BbbParameterException} (bad input) or
 * {@code BbbUnsupportedCallException} (a call a Scalelite load balancer does not proxy), the last two found before
 * anything is sent; no message, log line or {@code toString()} holds the secret or a checksum. With {@code io.github.bbbjakarta.api.callbacks} (verifying what BBB sends to the
 * LMS), the public API of {@code io.github.bbbjakarta.api}; the {@code internal} packages are not.
 */
package io.github.bbbjakarta.api;
