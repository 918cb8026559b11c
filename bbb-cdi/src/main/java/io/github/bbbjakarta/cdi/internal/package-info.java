/**
 * Implementation of the CDI integration: configuration binding, deploy-time validation, the client producer and
 * the readiness check. Not API: may change in any release.
 */
package io.github.bbbjakarta.cdi.internal;
