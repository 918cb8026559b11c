/**
 * Verification and parsing of the callbacks a BigBlueButton server sends to an LMS, free of any framework:
 * the recording-ready {@code signed_parameters} JWT, bbb-webhooks event POSTs (checksum or
 * {@code Authorization: Bearer}) and the end-meeting callback GET. Start with
 * {@link io.github.bbbjakarta.api.callbacks.CallbackVerifier}; every failure is a
 * {@link io.github.bbbjakarta.api.callbacks.BbbCallbackException} whose message never holds a secret, a
 * checksum or a token.
 */
package io.github.bbbjakarta.api.callbacks;
