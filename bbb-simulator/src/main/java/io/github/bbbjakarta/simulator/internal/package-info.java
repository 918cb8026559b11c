/** Implementation of the simulator; not part of the API and subject to change without notice. */
package io.github.bbbjakarta.simulator.internal;
