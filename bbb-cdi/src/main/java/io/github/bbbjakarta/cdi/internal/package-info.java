/**
 * Implementation of the CDI integration: configuration binding, deploy-time validation, the client producer,
 * the readiness check, and the verification, memory and URLs of the callback endpoint. Not API: may change in any release.
 */
package io.github.bbbjakarta.cdi.internal;
