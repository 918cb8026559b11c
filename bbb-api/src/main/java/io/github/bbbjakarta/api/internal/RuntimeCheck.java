package io.github.bbbjakarta.api.internal;

import io.github.bbbjakarta.api.BbbMissingLibraryException;
import jakarta.xml.bind.JAXBContext;

/**
 * Finds out, once per class loader, whether the libraries the client needs at runtime are there, so a missing
 * one is one clear {@link BbbMissingLibraryException} when the client is built rather than a
 * {@code NoClassDefFoundError} on the first call.
 */
public final class RuntimeCheck {
    /** What a Java SE application adds for Jakarta XML Binding. */
    public static final String JAXB_RUNTIME = "org.glassfish.jaxb:jaxb-runtime:4.0.6";
    /** The API, provided by every Jakarta EE container. */
    public static final String JAXB_API = "jakarta.xml.bind:jakarta.xml.bind-api:4.0.2";

    private RuntimeCheck() {
    }

    private static final class Jaxb {
        static final BbbMissingLibraryException PROBLEM = probe();

        private static BbbMissingLibraryException probe() {
            try {
                JAXBContext.newInstance(Probe.class);
                return null;
            } catch (LinkageError e) {
                return new BbbMissingLibraryException("Jakarta XML Binding (JAXB) is missing: a Jakarta EE container"
                        + " provides it; in Java SE add the Maven dependencies " + JAXB_API + " and " + JAXB_RUNTIME
                        + " (" + e + ")", e);
            } catch (Exception e) {
                return new BbbMissingLibraryException("no Jakarta XML Binding (JAXB) implementation found: a Jakarta EE"
                        + " container provides one; in Java SE add the Maven dependency " + JAXB_RUNTIME
                        + " (" + e.getClass().getSimpleName() + ")", e);
            }
        }
    }

    /** A class to bind, nothing more. */
    public static final class Probe {
        public String value;
    }

    /**
     * @throws BbbMissingLibraryException naming the Maven coordinates when JAXB or its implementation is missing
     */
    public static void requireXmlBinding() {
        BbbMissingLibraryException problem;
        try {
            problem = Jaxb.PROBLEM;
        } catch (LinkageError e) {
            problem = new BbbMissingLibraryException("Jakarta XML Binding (JAXB) is missing: add the Maven dependencies "
                    + JAXB_API + " and " + JAXB_RUNTIME, e);
        }
        if (problem != null) {
            throw new BbbMissingLibraryException(problem.getMessage(), problem.getCause());
        }
    }

    /**
     * @throws BbbMissingLibraryException naming the Maven coordinates when no Jakarta JSON Processing
     *                                    implementation is there (the join error answer and create's groups use it)
     */
    public static void requireJsonProcessing() {
        Json.provider();
    }
}
