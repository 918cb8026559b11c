/**
 * Implementation of the LMS integration: configuration, meeting IDs, role mapping, create metadata. Not API:
 * may change in any release.
 */
package io.github.bbbjakarta.lms.internal;
