package io.github.bbbjakarta.lms.internal;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks the {@code bbb.lms.*} configuration while the application deploys: a missing or short
 * {@code bbb.lms.meeting-id-key} or a bad prefix stops the deployment with a message naming the property (never
 * the key). Registered in {@code META-INF/services}.
 */
public class LmsConfigExtension implements Extension {

    void validate(@Observes AfterDeploymentValidation validation) {
        LmsSettings.read(ConfigProvider.getConfig()).problems().forEach(validation::addDeploymentProblem);
        JoinConfig.read(ConfigProvider.getConfig()).problems().forEach(validation::addDeploymentProblem);
    }
}
