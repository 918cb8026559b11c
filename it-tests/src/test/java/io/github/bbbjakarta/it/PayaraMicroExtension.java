package io.github.bbbjakarta.it;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Replaces the Payara Micro adapter's container by {@link PayaraMicroPerDeploymentContainer}. Does nothing when the
 * adapter is not on the class path (the WildFly run excludes it).
 */
public final class PayaraMicroExtension implements LoadableExtension {
    private static final String ADAPTER = "fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer";

    @Override
    public void register(ExtensionBuilder builder) {
        try {
            Class.forName(ADAPTER, false, PayaraMicroExtension.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return;
        }
        builder.override(DeployableContainer.class,
                fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer.class,
                PayaraMicroPerDeploymentContainer.class);
    }
}
