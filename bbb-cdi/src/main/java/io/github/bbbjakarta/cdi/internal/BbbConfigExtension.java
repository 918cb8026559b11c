package io.github.bbbjakarta.cdi.internal;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks the {@code bbb.*} configuration while the application deploys, so a missing URL or secret, a malformed
 * URL, an unknown checksum algorithm or a bad duration stops the deployment with a message naming the property,
 * instead of failing the first call. Registered in {@code META-INF/services}.
 */
public class BbbConfigExtension implements Extension {

    void validate(@Observes AfterDeploymentValidation validation) {
        BbbSettings.read(ConfigProvider.getConfig()).problems().forEach(validation::addDeploymentProblem);
        CreatedMeetingTtl.problem(ConfigProvider.getConfig()).ifPresent(validation::addDeploymentProblem);
        CallbackSettings.read(ConfigProvider.getConfig()).problems().forEach(validation::addDeploymentProblem);
    }
}
