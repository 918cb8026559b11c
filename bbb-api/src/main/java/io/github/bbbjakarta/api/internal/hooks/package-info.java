/**
 * bbb-webhooks' answers ({@code hooks/create}, {@code hooks/list}, {@code hooks/destroy}): JAXB types beside the
 * mapper that turns them into the public answer types. Not API.
 */
package io.github.bbbjakarta.api.internal.hooks;
