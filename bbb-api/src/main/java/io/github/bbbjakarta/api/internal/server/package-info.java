/**
 * The API root's answer (the server's version): JAXB type and mapper. Not API.
 */
package io.github.bbbjakarta.api.internal.server;
