package org.selfcheck.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.io.Serializable;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.security.Principal;

/**
 * Marks an entry point that no user calls (a timer, a JMS listener, a port the Camel routes call): its invocations
 * run as the named system caller {@code system:<value>} (see {@link SystemProcessInterceptor}), so that what they
 * change is attributed to the process and {@link CallerContext#require()} answers instead of refusing. A system
 * caller has none of the users' roles.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SystemProcess {

    /** The process, e.g. {@code filing-delivery}. */
    @Nonbinding
    String value();

    /** The principal of a system caller's identity: only this package creates one. */
    record SystemPrincipal(String process) implements Principal, Serializable {

        @Override
        public String getName() {
            return Caller.SYSTEM_PREFIX + process;
        }
    }
}
