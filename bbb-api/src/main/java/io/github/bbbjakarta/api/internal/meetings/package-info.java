/**
 * The meeting calls' answers: JAXB types beside the mappers that turn them into the public answer types. Not API.
 */
package io.github.bbbjakarta.api.internal.meetings;
