/**
 * Implementation of the client: signing, transport, parameter checks, response mapping. Not API: may change in
 * any release.
 */
package io.github.bbbjakarta.api.internal;
