package io.github.bbbjakarta.cdi.internal;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds {@link FaultTranslator}: Fault Tolerance's own exceptions (open breaker, full bulkhead, timeout) reach the
 * caller as {@link io.github.bbbjakarta.api.BbbTransportException}, which an LMS already handles.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TranslateFaults {
}
