package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.api.ApiVersion;
import io.github.bbbjakarta.api.BbbApiException;
import io.github.bbbjakarta.api.BbbTransportException;
import io.github.bbbjakarta.api.BigBlueButtonClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * MicroProfile Health readiness check {@code bbb}: UP when the server answers and accepts our checksum (data:
 * {@code apiUrl}, {@code apiVersion}, and {@code bbbVersion} when the server reveals it), DOWN with a
 * {@code reason} otherwise. Its output never holds the secret or a checksum. Each probe makes two HTTP calls.
 *
 * <p>Without MicroProfile Health in the container this class cannot load and the container skips it.
 */
@Readiness
@ApplicationScoped
public class BbbReadinessCheck implements HealthCheck {
    /** The check's name. */
    public static final String NAME = "bbb";

    @Inject
    BigBlueButtonClient client;

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("apiUrl", client.apiUrl().toString());
        String reason;
        try {
            ApiVersion version = client.checkConnection();
            data.put("apiVersion", version.apiVersion().isEmpty() ? version.version() : version.apiVersion());
            version.bbbRelease().ifPresent(v -> data.put("bbbVersion", v));
            return new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP, Optional.of(data));
        } catch (BbbApiException e) {
            reason = e.isChecksumError()
                    ? "the server rejected our checksum: " + BbbSettings.SECRET + " is wrong, or the server does not accept "
                    + BbbSettings.CHECKSUM + "=" + client.checksumAlgorithm().bbbName()
                    : "the server refused the call: " + e.call() + " answered " + e.messageKey();
        } catch (BbbTransportException e) {
            reason = "the server is unreachable or does not answer as BigBlueButton: " + e.getMessage();
        } catch (RuntimeException e) {
            reason = "the check failed: " + e.getClass().getName();
        }
        // Transport messages are bbb-api's own and never hold a checksum. A refusal's server message is left out:
        // a server may echo the signed request in it.
        data.put("reason", reason);
        return new HealthCheckResponse(NAME, HealthCheckResponse.Status.DOWN, Optional.of(data));
    }
}
