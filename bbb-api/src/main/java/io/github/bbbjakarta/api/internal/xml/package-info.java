/**
 * Jakarta XML Binding classes of BigBlueButton's XML answers, mapped to the public types by the client. Not API:
 * may change in any release.
 */
package io.github.bbbjakarta.api.internal.xml;
