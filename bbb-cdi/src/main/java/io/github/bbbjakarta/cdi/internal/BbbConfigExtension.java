package io.github.bbbjakarta.cdi.internal;

import io.github.bbbjakarta.cdi.BbbConfigurationException;
import io.github.bbbjakarta.cdi.BbbServer;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the {@code bbb.*} configuration while the application deploys, so a missing URL or secret, a malformed
 * URL, an unknown checksum algorithm or a bad duration stops the deployment with a message naming the property,
 * instead of failing the first call. The same for every named server ({@code bbb.servers.<name>.*}), and for every
 * {@code @BbbServer("name")} injection point whose server is not configured. Registered in
 * {@code META-INF/services}.
 */
public class BbbConfigExtension implements Extension {
    /** Server name → one injection point that asks for it, for the message. */
    private final Map<String, String> injectedServers = new ConcurrentHashMap<>();

    void collect(@Observes ProcessInjectionPoint<?, ?> event) {
        event.getInjectionPoint().getQualifiers().stream().filter(BbbServer.class::isInstance)
                .map(q -> ((BbbServer) q).value())
                .forEach(name -> injectedServers.putIfAbsent(name, String.valueOf(event.getInjectionPoint().getMember())));
    }

    void validate(@Observes AfterDeploymentValidation validation) {
        Config config = ConfigProvider.getConfig();
        BbbSettings.read(config).problems().forEach(validation::addDeploymentProblem);
        CreatedMeetingTtl.problem(config).ifPresent(validation::addDeploymentProblem);
        CallbackSettings.read(config).problems().forEach(validation::addDeploymentProblem);
        ServerNames.Result servers = ServerNames.read(config);
        servers.problems().forEach(validation::addDeploymentProblem);
        for (String name : servers.servers().names()) {
            BbbSettings.read(config, name).problems().forEach(validation::addDeploymentProblem);
        }
        injectedServers.forEach((name, member) -> {
            if (!BbbServer.DEFAULT.equals(name) && !servers.servers().names().contains(name)) {
                validation.addDeploymentProblem(BbbConfigurationException.invalid(
                        BbbSettings.property(name, BbbSettings.URL), "@BbbServer(\"" + name + "\") is injected into "
                                + member + ", but no such server is configured"));
            }
        });
    }
}
