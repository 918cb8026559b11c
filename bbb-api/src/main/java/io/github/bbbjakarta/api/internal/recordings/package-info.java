/**
 * The recording calls' answers ({@code getRecordings}, {@code publishRecordings}, {@code deleteRecordings},
 * {@code updateRecordings}): JAXB types beside the mapper that turns them into the public answer types. Not API.
 */
package io.github.bbbjakarta.api.internal.recordings;
